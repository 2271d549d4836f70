package io.cxsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cxsite.diagnostics.Problem;
import io.cxsite.diagnostics.Problems;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentLoaderTest {
    private static PageSource read(String text, Problems problems) {
        return ContentLoader.read("content/a.md", "a.md", text.getBytes(StandardCharsets.UTF_8), problems);
    }

    @Test
    void recordsEveryLinkWithItsLineAndColumnInTheFile() {
        Problems problems = new Problems();
        PageSource page = read("""
                ---
                title: Links
                ---
                Intro with [one](b.md) here.

                - item ![pic](img/p.png) and [two](../x.md#top)
                """, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals(List.of(
                new LinkRef("b.md", 4, 12, false),
                new LinkRef("img/p.png", 6, 8, true),
                new LinkRef("../x.md#top", 6, 30, false)), page.links());
    }

    @Test
    void givesHeadingsGitHubStyleIdsMadeUniqueInOrder() {
        PageSource page = read("""
                ---
                title: Ids
                ---
                ## Step 2: Restart the router!
                ## Kundnöjdhet och `CSAT`
                ## Step 2: Restart the router!
                """, new Problems());
        assertEquals(List.of("step-2-restart-the-router", "kundnöjdhet-och-csat", "step-2-restart-the-router-1"),
                page.anchors());
    }

    @Test
    void acceptsByteOrderMarkAndWindowsLineEnds() {
        Problems problems = new Problems();
        PageSource page = read("\uFEFF---\r\ntitle: Windows\r\n---\r\nBody [x](y.md)\r\n", problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals("Windows", page.meta().title());
        assertEquals(4, page.links().get(0).line());
    }

    @Test
    void rejectsInvalidUtf8WithTheFileNamed() {
        Problems problems = new Problems();
        byte[] bytes = {'-', '-', '-', '\n', 't', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        assertNull(ContentLoader.read("content/a.md", "a.md", bytes, problems));
        List<Problem> list = problems.sorted();
        assertEquals(1, list.size());
        assertTrue(list.get(0).format().startsWith("content/a.md:1:1: error: not valid UTF-8"));
    }

    @Test
    void readsAReplacementCharacterWrittenInTheFileButNotOneStandingInForBadBytes() {
        Problems problems = new Problems();
        byte[] valid = "---\ntitle: Broken \uFFFD sign\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        PageSource page = ContentLoader.read("content/a.md", "a.md", valid, problems);
        assertEquals(List.of(), problems.sorted());
        assertEquals("Broken \uFFFD sign", page.meta().title());

        byte[] both = Arrays.copyOf(valid, valid.length + 1);
        both[valid.length] = (byte) 0xFF;
        assertNull(ContentLoader.read("content/a.md", "a.md", both, problems));
        assertTrue(problems.sorted().get(0).format().startsWith("content/a.md:1:1: error: not valid UTF-8"));
    }
}
