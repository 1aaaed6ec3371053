package org.casillero.shared;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Spring Modulith's event registry asks the database for its product name as the server starts, so
 * a server whose database is out of reach then would not start at all, where it answers 503 until
 * the database is back (StartupTests). Casillero runs on H2 or PostgreSQL only, which the JDBC URL
 * tells without a connection: the registry's {@code databaseType} is made from it.
 */
final class EventStoreDatabase implements BeanFactoryPostProcessor, EnvironmentAware {
    private static final String BEAN = "databaseType";
    private static final String TYPE = "org.springframework.modulith.events.jdbc.DatabaseType";

    private String url = "";

    @Override
    public void setEnvironment(Environment environment) {
        this.url = environment.getProperty("spring.datasource.url", "");
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        if (!factory.containsBeanDefinition(BEAN)) {
            return;
        }
        if (factory instanceof BeanDefinitionRegistry registry) {
            Enum<?> type = databaseType(url.startsWith("jdbc:h2:") ? "H2" : "POSTGRES");
            registry.removeBeanDefinition(BEAN);
            RootBeanDefinition made = new RootBeanDefinition(type.getDeclaringClass());
            made.setInstanceSupplier(() -> type);
            registry.registerBeanDefinition(BEAN, made);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Enum<?> databaseType(String constant) {
        try {
            return (Enum<?>) Enum.valueOf((Class) Class.forName(TYPE), constant);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Spring Modulith's JDBC event registry changed: no " + TYPE, e);
        }
    }
}
