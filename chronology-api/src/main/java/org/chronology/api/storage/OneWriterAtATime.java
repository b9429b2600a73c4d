package org.chronology.api.storage;

import org.springframework.jdbc.datasource.DelegatingDataSource;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

/**
 * Lets one connection at a time hold uncommitted writes on the embedded H2 database. H2 writes its store on
 * every commit, taking with it whatever other transactions have changed so far; after a kill -9 its recovery
 * must roll those back, and that rollback was seen to leave a transaction half applied (rows without their index
 * entries, index entries without rows, part of a batch). With one writer at a time every store write holds
 * committed work only, so a restart finds exactly what was acknowledged. A connection takes its turn at its
 * first writing statement and gives it back when it commits, rolls back or closes; reads, and the work a
 * transaction does before it writes, still run side by side. Short writes a person waits on go first
 * ({@link WriteTurns}).
 */
final class OneWriterAtATime extends DelegatingDataSource {

    // Row locks (SELECT ... FOR UPDATE) are writes to H2: they mark the rows in the store.
    private static final Pattern FOR_UPDATE = Pattern.compile("\\bFOR\\s+UPDATE\\b", Pattern.CASE_INSENSITIVE);
    private static final long YIELD_AT_MOST_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    // Fair, so a stream of ingest batches cannot starve the projections' writes, or the reverse.
    private final ReentrantLock turn = new ReentrantLock(true);
    // Writers marked first in line (WriteTurns) waiting for the turn; others let them go first, once.
    private final AtomicInteger firstInLineWaiting = new AtomicInteger();

    OneWriterAtATime(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return guarded(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return guarded(super.getConnection(username, password));
    }

    static boolean writes(String sql) {
        String statement = sql.stripLeading();
        return !statement.regionMatches(true, 0, "SELECT", 0, 6) || FOR_UPDATE.matcher(statement).find();
    }

    private Connection guarded(Connection connection) {
        return proxy(Connection.class, new GuardedConnection(connection));
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(OneWriterAtATime.class.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }

    private final class GuardedConnection implements InvocationHandler {

        private final Connection target;
        private boolean writing;

        GuardedConnection(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "prepareStatement" ->
                        statement(PreparedStatement.class, call(target, method, args), writes((String) args[0]));
                case "prepareCall" -> statement(CallableStatement.class, call(target, method, args), true);
                case "createStatement" -> statement(Statement.class, call(target, method, args), null);
                case "commit", "close" -> endingTurn(method, args);
                case "rollback" -> args == null ? endingTurn(method, null) : call(target, method, args);
                case "setAutoCommit" ->
                        Boolean.TRUE.equals(args[0]) ? endingTurn(method, args) : call(target, method, args);
                default -> call(target, method, args);
            };
        }

        /** {@code fixedWrite} is null for a plain statement, whose SQL comes with each call. */
        private <S extends Statement> S statement(Class<S> type, Object statement, Boolean fixedWrite) {
            return proxy(type, (proxy, method, args) -> {
                if (!method.getName().startsWith("execute")) {
                    return call(statement, method, args);
                }
                boolean write = fixedWrite != null ? fixedWrite
                        : args == null || !(args[0] instanceof String sql) || writes(sql); // executeBatch: writes
                if (!write) {
                    return call(statement, method, args);
                }
                takeTurn();
                try {
                    return call(statement, method, args);
                } finally {
                    if (target.getAutoCommit()) {
                        giveBackTurn();
                    }
                }
            });
        }

        private Object endingTurn(Method method, Object[] args) throws Throwable {
            try {
                return call(target, method, args);
            } finally {
                giveBackTurn();
            }
        }

        private void takeTurn() {
            if (writing) {
                return;
            }
            if (WriteTurns.isFirstInLine()) {
                firstInLineWaiting.incrementAndGet();
                try {
                    turn.lock();
                } finally {
                    firstInLineWaiting.decrementAndGet();
                }
            } else {
                turn.lock();
                // Not when this thread already held the turn (through another connection): nobody could go first.
                if (turn.getHoldCount() == 1 && firstInLineWaiting.get() > 0) {
                    // Once per turn and for a bounded time, so a stream of reads cannot starve a writer.
                    turn.unlock();
                    long until = System.nanoTime() + YIELD_AT_MOST_NANOS;
                    while (firstInLineWaiting.get() > 0 && System.nanoTime() < until) {
                        LockSupport.parkNanos(50_000);
                    }
                    turn.lock();
                }
            }
            writing = true;
        }

        private void giveBackTurn() {
            if (writing) {
                writing = false;
                turn.unlock();
            }
        }
    }
}
