package io.cxsite.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Places chart text where it covers no drawn mark and no other label and stays inside the chart.
 * Text is measured by estimate (see {@link #box}), at the larger narrow-screen size: a label keeps
 * its anchor point at every size, so a box that is free at the larger size is free at the smaller.
 */
final class LabelLayout {
    /** Above the baseline for capitals and digits, and below it for descenders, in ems; on the wide side. */
    private static final double ASCENT = 0.8;
    private static final double DESCENT = 0.25;
    /** Bold glyphs are about this much wider. */
    private static final double BOLD = 1.1;

    private final Frame.Box bounds;
    private final List<Frame.Box> taken;

    /** A layout inside {@code bounds} where {@code drawn} is already covered. */
    LabelLayout(Frame.Box bounds, List<Frame.Box> drawn) {
        this.bounds = bounds;
        this.taken = new ArrayList<>(drawn);
    }

    /** Where a text could go: its anchor point, its {@code text-anchor}, and a baseline shift in ems. */
    record Spot(double x, double y, String anchor, double dy) {
        static Spot of(double x, double y, String anchor) {
            return new Spot(x, y, anchor, 0);
        }
    }

    /** A text as it will be written: at {@code size} units, bold or not. */
    record Text(String text, double size, boolean bold) {
        double width() {
            return SvgChart.width(text, size) * (bold ? BOLD : 1);
        }
    }

    /** Marks something as drawn, so that no label is placed over it. */
    void block(Frame.Box box) {
        taken.add(box);
    }

    /** Every box covered so far, marks and labels. */
    List<Frame.Box> taken() {
        return List.copyOf(taken);
    }

    /** The box {@code text} covers when written at {@code spot}. */
    static Frame.Box box(Text text, Spot spot) {
        double w = text.width();
        double x0 = switch (spot.anchor()) {
            case "end" -> spot.x() - w;
            case "middle" -> spot.x() - w / 2;
            default -> spot.x();
        };
        double baseline = spot.y() + spot.dy() * text.size();
        return new Frame.Box(x0, baseline - ASCENT * text.size(), x0 + w, baseline + DESCENT * text.size());
    }

    /** Whether {@code box} lies inside the chart and covers nothing taken. */
    boolean free(Frame.Box box) {
        return inside(box) && taken.stream().noneMatch(box::overlaps);
    }

    /** The first of {@code spots} where {@code text} is free; that place is then taken. */
    Optional<Spot> place(Text text, List<Spot> spots) {
        for (Spot spot : spots) {
            Frame.Box box = box(text, spot);
            if (free(box)) {
                taken.add(box);
                return Optional.of(spot);
            }
        }
        return Optional.empty();
    }

    /**
     * Places {@code text} at {@code spot} inside {@code container} (a bar it labels), when it fits
     * there whole and covers nothing else taken; the container itself may be among the taken.
     */
    boolean placeWithin(Text text, Spot spot, Frame.Box container) {
        Frame.Box box = box(text, spot);
        boolean within = box.x0() >= container.x0() && box.x1() <= container.x1() && box.y0() >= container.y0()
                && box.y1() <= container.y1();
        if (within && inside(box) && taken.stream().filter(t -> !t.equals(container)).noneMatch(box::overlaps)) {
            taken.add(box);
            return true;
        }
        return false;
    }

    private boolean inside(Frame.Box box) {
        return box.x0() >= bounds.x0() && box.y0() >= bounds.y0() && box.x1() <= bounds.x1() && box.y1() <= bounds.y1();
    }
}
