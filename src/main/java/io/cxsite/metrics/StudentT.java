package io.cxsite.metrics;

/**
 * Student's t distribution, for Welch's test: the two-sided p-value of a t statistic with
 * (possibly fractional) degrees of freedom, through the regularized incomplete beta function
 * P(|T| > t) = I_x(df / 2, 1 / 2) with x = df / (df + t^2).
 */
final class StudentT {
    private static final int MAX_TERMS = 300;
    private static final double EPSILON = 1e-14;
    private static final double TINY = 1e-300;
    /** Lanczos coefficients (g = 7, 9 terms) for the logarithm of the gamma function. */
    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};

    private StudentT() {
    }

    /** The chance that |T| is at least |t| when T has {@code df} degrees of freedom. */
    static double twoSidedP(double t, double df) {
        if (!(df > 0) || Double.isNaN(t)) {
            throw new IllegalArgumentException("degrees of freedom must be positive and t a number");
        }
        if (Double.isInfinite(t)) {
            return 0;
        }
        return incompleteBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** The regularized incomplete beta function I_x(a, b) for 0 <= x <= 1. */
    static double incompleteBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b));
        // The continued fraction converges quickly only below the mean; use the symmetry above it.
        return x < (a + 1) / (a + b + 2) ? front * fraction(x, a, b) / a
                : 1 - front * fraction(1 - x, b, a) / b;
    }

    /** The continued fraction of the incomplete beta function, evaluated by the modified Lentz method. */
    private static double fraction(double x, double a, double b) {
        double c = 1;
        double d = nonZero(1 - (a + b) * x / (a + 1));
        d = 1 / d;
        double result = d;
        for (int m = 1; m <= MAX_TERMS; m++) {
            int m2 = 2 * m;
            double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
            d = 1 / nonZero(1 + even * d);
            c = nonZero(1 + even / c);
            result *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
            d = 1 / nonZero(1 + odd * d);
            c = nonZero(1 + odd / c);
            double step = d * c;
            result *= step;
            if (Math.abs(step - 1) < EPSILON) {
                break;
            }
        }
        return result;
    }

    private static double nonZero(double v) {
        return Math.abs(v) < TINY ? TINY : v;
    }

    private static double logBeta(double a, double b) {
        return logGamma(a) + logGamma(b) - logGamma(a + b);
    }

    /** ln Γ(x) for x > 0 by the Lanczos approximation (about 15 significant digits). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
