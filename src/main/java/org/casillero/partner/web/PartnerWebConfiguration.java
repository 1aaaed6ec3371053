package org.casillero.partner.web;

import java.util.List;
import org.casillero.partner.ApiClients;
import org.casillero.shared.web.WireBody;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PartnerWebConfiguration implements WebMvcConfigurer {
    private final WireBody body;
    private final ApiClients clients;

    PartnerWebConfiguration(WireBody body, ApiClients clients) {
        this.body = body;
        this.clients = clients;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ApiClientResolver(body, clients));
    }
}
