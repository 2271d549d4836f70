package io.cxsite.feedback;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads one part of a CSV export in UTF-8 from its bytes: {@link CsvRecords} finds the records,
 * {@link ByteRows} reads the common answers without a String per cell, and every other row (header
 * rows, rows it leaves) goes to {@link CsvExport#take} as the CSV parser would have given it. When
 * the bytes stray from plain CSV the part is not read here at all: it is for the CSV parser.
 */
final class CsvPartBytes {
    private CsvPartBytes() {
    }

    /**
     * Reads the part {@code [from, to)} of the export's file as {@link CsvExport#readPart} would;
     * null when it must be read by the CSV parser instead (whatever it sent to the sink is then to be
     * thrown away). {@code linesRead} is told the line after the part's last record when it is read.
     */
    static CsvExport.PartEnd read(ExportFile export, long from, long to, byte delimiter, long firstLine,
            ExportLayout layout, Consumer<ExportLayout> decided, LongConsumer linesRead) throws IOException {
        try (FileChannel channel = FileChannel.open(export.file(), StandardOpenOption.READ)) {
            CsvRecords records = new CsvRecords(channel, from, to, delimiter, firstLine);
            CsvExport text = CsvExport.part(export, firstLine, layout, decided);
            ByteRows rows = null;
            boolean asked = false; // whether the layout's rows can be read by ByteRows
            CsvRecords.Next next;
            while ((next = records.next()) == CsvRecords.Next.RECORD) {
                if (records.isBlank()) {
                    continue;
                }
                if (!asked && text.told() != null) {
                    asked = true;
                    rows = ByteRows.of(export, text.told(), export.sink());
                }
                if (rows != null && rows.read(records)) {
                    continue;
                }
                text.take(records.line(), records.texts());
                if (text.refused()) {
                    return text.end();
                }
            }
            if (next == CsvRecords.Next.ODD) {
                return null;
            }
            linesRead.accept(records.nextLine());
            return text.end();
        }
    }
}
