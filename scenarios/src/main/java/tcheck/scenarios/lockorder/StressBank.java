package tcheck.scenarios.lockorder;

/**
 * Two accounts A and B and one of the family's transfers, for threads the program does not start
 * itself (jcstress actors): wired as {@link TransferProgram} does, with no behaviour of its own.
 * Only the variants that always finish are offered; a deadlocked or livelocked actor never returns.
 */
public final class StressBank {
    private final Transfer transfer;
    private final BankAccount a = new BankAccount("A", 0, TransferProgram.OPENING);
    private final BankAccount b = new BankAccount("B", 1, TransferProgram.OPENING);

    private StressBank(Transfer transfer) {
        this.transfer = transfer;
    }

    /** {@code lock-order/global-order}. */
    public static StressBank globalOrder() {
        return new StressBank(new GlobalOrderTransfer());
    }

    /** {@code lock-order/give-up}. */
    public static StressBank giveUp() {
        return new StressBank(new GiveUpTransfer());
    }

    /** Pays 1 from A to B on the calling thread; whether it moved. */
    public boolean payAtoB() throws InterruptedException {
        return transfer.transfer(a, b, 1);
    }

    /** Pays 1 from B to A on the calling thread; whether it moved. */
    public boolean payBtoA() throws InterruptedException {
        return transfer.transfer(b, a, 1);
    }

    /** A's balance; call after the transfers (no lock). */
    public int balanceA() {
        return a.balance;
    }

    /** B's balance; call after the transfers (no lock). */
    public int balanceB() {
        return b.balance;
    }
}
