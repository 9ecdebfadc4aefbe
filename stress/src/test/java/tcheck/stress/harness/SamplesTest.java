package tcheck.stress.harness;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SamplesTest {
    @Test
    void countsReadLikeJcstressSummaries() {
        assertEquals("950", Samples.count(950));
        assertEquals("52 K", Samples.count(52_400));
        assertEquals("8.4 M", Samples.count(8_412_345));
        assertEquals("1.2 G", Samples.count(1_234_000_000L));
    }

    @Test
    void aRareOutcomeNeverReadsAsZeroPercent() {
        assertEquals("5.8%", Samples.percent(58, 1000));
        assertEquals("0.25%", Samples.percent(25, 10_000));
        assertEquals("0.0003%", Samples.percent(3, 1_000_000));
        assertEquals("0.00007%", Samples.percent(2, 2_700_000));
        assertEquals("0.0%", Samples.percent(0, 1_000_000));
    }
}
