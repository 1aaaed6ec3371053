package org.casillero;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.MDC;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the application prepares while answering requests (on a thread that
 * carries a request id), by wrapping its DataSource; background work (the credential version check,
 * the login sweep) is not counted. Import it into a test.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {
    private final AtomicInteger statements = new AtomicInteger();

    public void reset() {
        statements.set(0);
    }

    public int count() {
        return statements.get();
    }

    @Bean
    static BeanPostProcessor countingDataSource(StatementCounter counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource ? counter.wrap(dataSource) : bean;
            }
        };
    }

    private DataSource wrap(DataSource target) {
        return proxy(
                DataSource.class,
                target,
                (method, result) -> result instanceof Connection connection
                        ? proxy(Connection.class, connection, this::count)
                        : result);
    }

    private Object count(Method method, Object result) {
        boolean statement =
                method.getName().equals("prepareStatement") || method.getName().equals("createStatement");
        if (statement && MDC.get("requestId") != null) {
            statements.incrementAndGet();
        }
        return result;
    }

    private interface AfterCall {
        Object apply(Method method, Object result);
    }

    private static <T> T proxy(Class<T> type, T target, AfterCall after) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
