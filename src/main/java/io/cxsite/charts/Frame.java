package io.cxsite.charts;

/**
 * The plot area in viewBox units and where things fall in it: label {@code i} at the middle of the
 * {@code i}-th of {@code count} equal slots, values by the scale with {@code min} at the bottom.
 */
record Frame(double left, double top, double right, double bottom, int count, Scale scale) {

    double slot() {
        return (right - left) / Math.max(count, 1);
    }

    double x(int index) {
        return left + slot() * (index + 0.5);
    }

    double y(double value) {
        return bottom - scale.fraction(value) * (bottom - top);
    }

    /** A rectangle something was drawn in, so that labels placed later can keep clear of it. */
    record Box(double x0, double y0, double x1, double y1) {

        static Box around(double x, double y, double radius) {
            return new Box(x - radius, y - radius, x + radius, y + radius);
        }

        /** Corners in any order. */
        static Box of(double xa, double ya, double xb, double yb) {
            return new Box(Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb));
        }

        boolean overlaps(Box other) {
            return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
        }
    }
}
