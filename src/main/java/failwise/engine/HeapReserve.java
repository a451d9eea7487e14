package failwise.engine;

/**
 * A few megabytes held back while rules fire, so that when a fact file fills the heap there is memory left to
 * dispose of its session and to say so in one line. Released on the first {@link OutOfMemoryError}, taken again
 * before the next evaluation.
 */
final class HeapReserve {
    private static final int SIZE = (int) Math.min(32L << 20, Runtime.getRuntime().maxMemory() / 16);
    private static volatile byte[] reserve = new byte[SIZE];

    private HeapReserve() {
    }

    /** Takes the reserve again if an earlier evaluation gave it up (and the heap has room for it). */
    static void keep() {
        if (reserve == null) {
            synchronized (HeapReserve.class) {
                if (reserve == null) {
                    try {
                        reserve = new byte[SIZE];
                    } catch (OutOfMemoryError e) {
                        // Still full: go on without it.
                    }
                }
            }
        }
    }

    static void release() {
        reserve = null;
    }
}
