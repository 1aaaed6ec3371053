package org.casillero.shared.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.casillero.shared.CasilleroSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;

@Configuration(proxyBeanMethods = false)
class WireWebConfiguration implements WebMvcConfigurer {
    private final WireBody body;
    private final WireJson json;
    private final Envelope envelope;
    private final Clock clock;
    private final ZoneId zone;
    private final CasilleroSettings.Invoices uploads;

    WireWebConfiguration(WireBody body, WireJson json, Envelope envelope, Clock clock, CasilleroSettings settings) {
        this.body = body;
        this.json = json;
        this.envelope = envelope;
        this.clock = clock;
        this.zone = settings.timeZone();
        this.uploads = settings.invoices();
    }

    /** Spring's own mapper (the warehouse API's) takes only the decimals the Box API takes. */
    @Bean
    JacksonModule boundedDecimals() {
        return BoundedDecimals.module();
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new BoxBodyResolver(body, json, () -> Clock.fixed(clock.instant(), zone)));
        resolvers.add(new RawBodyResolver(
                new UploadSlots(uploads.concurrentUploads(), uploads.uploadsPerApiUser(), uploads.uploadWait())));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OptionsRefusal());
        registry.addInterceptor(new UploadMarker());
    }

    @Override
    public void addReturnValueHandlers(List<HandlerMethodReturnValueHandler> handlers) {
        handlers.add(new EnvelopeReturnValueHandler(envelope));
    }
}
