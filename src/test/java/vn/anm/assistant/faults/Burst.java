package vn.anm.assistant.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.IntFunction;

/**
 * A burst of Messenger events, one per user (each user new, all asking the same question, so every
 * reply has the same parts). Remembers which events the webhook acknowledged with 200; the platform
 * delivers the others again, and now and then an acknowledged one too.
 */
public final class Burst {

    public final List<String> users = new ArrayList<>();
    public final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final String run;
    private final CompletableFuture<Void> done;

    private Burst(String run, int events, IntFunction<String> baseUrlOf) {
        this.run = run;
        for (int i = 0; i < events; i++) {
            users.add(run + "-" + i);
        }
        Semaphore inFlight = new Semaphore(32);
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        this.done = CompletableFuture.runAsync(() -> {
            for (int i = 0; i < events; i++) {
                String user = users.get(i);
                inFlight.acquireUninterruptibly();
                posts.add(FaultDrivers.message(baseUrlOf.apply(i), user, mid(user), FaultDrivers.QUESTION).whenComplete((status, e) -> {
                    inFlight.release();
                    if (status != null && status == 200) {
                        acknowledged.add(user);
                    }
                }));
            }
            CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        });
    }

    public static Burst post(String run, int events, IntFunction<String> baseUrlOf) {
        return new Burst(run, events, baseUrlOf);
    }

    public void awaitPosted() {
        done.join();
    }

    /** What the platform does after a failed or lost acknowledgement: deliver again (same mid). Every fifth acknowledged one too. */
    public int redeliver(String baseUrl) {
        List<CompletableFuture<Integer>> posts = new ArrayList<>();
        int index = 0;
        for (String user : users) {
            if (!acknowledged.contains(user) || index++ % 5 == 0) {
                posts.add(FaultDrivers.message(baseUrl, user, mid(user), FaultDrivers.QUESTION).whenComplete((status, e) -> {
                    if (status != null && status == 200) {
                        acknowledged.add(user);
                    }
                }));
            }
        }
        CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
        return posts.size();
    }

    private String mid(String user) {
        return "m_" + run + "_" + user;
    }
}
