package dev.compliancecard.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/** Wrappers of JDBC objects that count, watch or disturb what the store does. */
final class JdbcProxies {

    private JdbcProxies() {
    }

    /** Decides what a call on a wrapped object does; {@code proceed} makes the real call. */
    @FunctionalInterface
    interface Interceptor {
        Object intercept(Method method, Object[] args, Invocation proceed) throws Throwable;
    }

    /** The real call. */
    @FunctionalInterface
    interface Invocation {
        Object invoke() throws Throwable;
    }

    static <T> T wrap(Class<T> type, T target, Interceptor interceptor) {
        Object proxy = Proxy.newProxyInstance(JdbcProxies.class.getClassLoader(), new Class<?>[] {type},
                (self, method, args) -> interceptor.intercept(method, args, () -> {
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
        return type.cast(proxy);
    }

    /**
     * Wraps a data source so that every prepared statement it leads to is seen by
     * {@code statements} before it runs, with its SQL text.
     */
    static DataSource watchingStatements(DataSource target, StatementWatcher statements) {
        return wrap(DataSource.class, target, (method, args, proceed) -> {
            Object result = proceed.invoke();
            if (result instanceof Connection) {
                return watchingStatements((Connection) result, statements);
            }
            return result;
        });
    }

    private static Connection watchingStatements(Connection target, StatementWatcher statements) {
        return wrap(Connection.class, target, (method, args, proceed) -> {
            Object result = proceed.invoke();
            if (result instanceof PreparedStatement && method.getName().equals("prepareStatement")) {
                String sql = (String) args[0];
                return wrap(PreparedStatement.class, (PreparedStatement) result, (call, callArgs, run) -> {
                    if (call.getName().startsWith("execute")) {
                        statements.beforeExecute(target, sql, call.getName());
                    }
                    return run.invoke();
                });
            }
            return result;
        });
    }

    /** Sees each execution of a prepared statement before it runs. */
    @FunctionalInterface
    interface StatementWatcher {
        void beforeExecute(Connection connection, String sql, String method) throws Exception;
    }

    /** Counts connections taken from a data source and connections closed. */
    static final class ConnectionCounter {
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        DataSource wrap(DataSource target) {
            return JdbcProxies.wrap(DataSource.class, target, (method, args, proceed) -> {
                Object result = proceed.invoke();
                if (result instanceof Connection) {
                    opened.incrementAndGet();
                    return JdbcProxies.wrap(Connection.class, (Connection) result, (call, callArgs, run) -> {
                        if (call.getName().equals("close")) {
                            closed.incrementAndGet();
                        }
                        return run.invoke();
                    });
                }
                return result;
            });
        }
    }
}
