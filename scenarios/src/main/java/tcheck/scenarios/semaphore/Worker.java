package tcheck.scenarios.semaphore;

/** One thread's round in the pool: get a permit, use the pool, give the permit back. One class per way. */
interface Worker {
    void useThePool() throws InterruptedException;
}
