package org.casillero.customer.web;

import java.util.List;
import org.casillero.customer.CustomerSessions;
import org.casillero.partner.ApiClients;
import org.casillero.shared.web.WireBody;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class CustomerWebConfiguration implements WebMvcConfigurer {
    private final WireBody body;
    private final ApiClients clients;
    private final CustomerSessions sessions;

    CustomerWebConfiguration(WireBody body, ApiClients clients, CustomerSessions sessions) {
        this.body = body;
        this.clients = clients;
        this.sessions = sessions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CustomerSessionResolver(body, clients, sessions));
    }
}
