package org.openmint.transaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.openmint.balance.BalanceService;
import org.openmint.balance.ChargeResult;
import org.openmint.balance.UsageCharge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Group commit of usage charges: concurrent {@code POST /transactions} charges are queued, and the
 * writer thread takes what is waiting (up to {@link #MAX_BATCH}) and hands it to
 * {@link BalanceService#chargeUsage}: one statement, committed on its own, applies the balances, their ledger
 * rows, the transaction rows, usage counters and any suspension the charges cause, in one round trip. A request is
 * answered only after that commit, so every 2xx is as durable as a charge of its own; what a charge would change
 * is exactly what it changes alone.
 *
 * <p>A charge the batch cannot apply as it stands (refused, suspended account, balance missing or from
 * an earlier month) changes nothing and goes back to the caller, which runs it on the regular path for
 * its exact outcome. Within a batch charges run in order of account, so two batches lock balances in the
 * same order and cannot deadlock. If the batch fails (database unreachable), every request in it gets the
 * failure, as a charge of its own would.
 */
@Component
class ChargeBatcher implements SmartLifecycle {

    /** The most charges one statement takes. */
    static final int MAX_BATCH = 64;
    /**
     * Writer threads. One, measured with bench/run on 2 cores: a batch is one statement whose cost is mostly
     * per batch, so one writer taking everything that queued while its last batch ran (3,700 charges/s)
     * beats two writers splitting the queue into batches half the size (2,800/s).
     */
    static final int WRITERS = 1;
    private static final long WAIT_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(ChargeBatcher.class);

    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final BalanceService balances;
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean running;

    ChargeBatcher(BalanceService balances) {
        this.balances = balances;
    }

    /**
     * Applies the charge and records its transaction row, committed with concurrent charges; empty when
     * nothing was changed and the charge must run on the regular path.
     *
     * @throws RuntimeException what the batch's database work threw
     */
    Optional<ChargeResult> charge(BalanceService.PendingCharge charge, TransactionRepository.Recording row) {
        if (!running) {
            return Optional.empty();
        }
        Queued queued = new Queued(charge, row, new CompletableFuture<>());
        queue.add(queued);
        try {
            return queued.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the charge was being committed", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The charge was not committed within " + WAIT_SECONDS + " s", e);
        }
    }

    private void write() {
        List<Queued> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Queued first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                apply(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void apply(List<Queued> batch) {
        batch.sort(Comparator.comparing((Queued q) -> q.charge().account().org())
                .thenComparing(q -> q.charge().account().id()));
        try {
            List<Optional<ChargeResult>> results = commit(batch.stream().map(Queued::charge).toList(),
                    batch.stream().map(Queued::row).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done().complete(results.get(i));
            }
        } catch (RuntimeException | Error e) {
            log.warn("A batch of {} charges failed: {}", batch.size(), e.toString());
            batch.forEach(q -> q.done().completeExceptionally(e));
        }
    }

    /**
     * Applies the charges in their order and records the transaction row of each one applied (row i goes with
     * charge i), in one statement committed on its own.
     *
     * @return element i is the outcome of charge i, empty when it changed nothing
     */
    List<Optional<ChargeResult>> commit(List<BalanceService.PendingCharge> charges,
            List<TransactionRepository.Recording> rows) {
        List<UsageCharge> batch = new ArrayList<>(charges.size());
        for (int i = 0; i < charges.size(); i++) {
            batch.add(new UsageCharge(charges.get(i), rows.get(i).usage()));
        }
        return balances.chargeUsage(batch);
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(this::write, "charge-writer-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /** New charges take the regular path; the writers finish what is queued first. */
    @Override
    public void stop() {
        running = false;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        writers.clear();
        for (Queued late = queue.poll(); late != null; late = queue.poll()) {
            late.done().complete(Optional.empty());
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before and stops after the web server (and its graceful shutdown). */
    @Override
    public int getPhase() {
        return 0;
    }

    private record Queued(BalanceService.PendingCharge charge, TransactionRepository.Recording row,
            CompletableFuture<Optional<ChargeResult>> done) {
    }
}
