package org.casillero.warehouseapi;

import java.util.List;
import org.casillero.warehouse.StaffAuthentication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WarehouseWebConfiguration implements WebMvcConfigurer {
    private final StaffAuthentication authentication;

    WarehouseWebConfiguration(StaffAuthentication authentication) {
        this.authentication = authentication;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new StaffResolver(authentication));
    }
}
