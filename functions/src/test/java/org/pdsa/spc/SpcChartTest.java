package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SpcChartTest {

    private static final List<SpcPoint> RF4 = Fixtures.csv("rf4-type1-breaches.csv");

    @Test
    void shouldRenderWellFormedAccessibleSvg() throws Exception {
        // given
        SpcAnalysis analysis = XmrAnalysis.of(RF4, SpcOptions.of(Direction.DECREASE).withTarget(2000));
        // when
        Document svg = parse(SpcChart.render(analysis, ChartSpec.titled("RF4 four-hour breaches")));
        // then
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("spc-rf4-four-hour-breaches-title"
                + " spc-rf4-four-hour-breaches-desc");
        Element title = child(root, "title");
        Element desc = child(root, "desc");
        assertThat(title.getAttribute("id")).isEqualTo("spc-rf4-four-hour-breaches-title");
        assertThat(title.getTextContent()).isEqualTo("RF4 four-hour breaches");
        assertThat(desc.getAttribute("id")).isEqualTo("spc-rf4-four-hour-breaches-desc");
        assertThat(desc.getTextContent()).startsWith("XmR chart of 36 points from 2016-04-01 to 2019-03-01. Mean 4176,"
                + " process limits 2026 to 6325.")
                .contains("Special cause points: 5 concern, 7 improvement.")
                .contains("Assurance against target 2000: fail.");
    }

    @Test
    void shouldDrawOneMarkerPerPointWithAShapePerVariation() throws Exception {
        // given
        SpcAnalysis analysis = XmrAnalysis.of(RF4, SpcOptions.of(Direction.DECREASE));
        // when
        Document svg = parse(SpcChart.render(analysis, ChartSpec.titled("RF4")));
        // then
        List<Element> markers = byClass(svg, "path", "point").stream()
                .filter(e -> e.hasAttribute("data-date")).toList();
        assertThat(markers).hasSize(36);
        assertThat(markers).extracting(e -> e.getAttribute("data-variation"))
                .containsExactlyElementsOf(analysis.points().stream().map(p -> p.variation().code()).toList());
        assertThat(markers.get(4).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("2016-08-01: 1724, special cause improvement (outside limits)");
        Set<String> shapes = new HashSet<>();
        for (Variation v : Variation.values()) {
            shapes.add(ChartMarks.shape(v, 0, 0).replaceAll("^M0.0,0.0 ", ""));
        }
        assertThat(shapes).hasSize(Variation.values().length);
    }

    @Test
    void shouldDrawLegendBadgesTargetAndLabelledLines() throws Exception {
        // given
        SpcAnalysis analysis = XmrAnalysis.of(RF4, SpcOptions.of(Direction.DECREASE).withTarget(2000));
        // when
        Document svg = parse(SpcChart.render(analysis, ChartSpec.titled("RF4")));
        // then
        Element legend = byClass(svg, "g", "legend").get(0);
        assertThat(texts(legend)).contains("Common cause", "Special cause improvement", "Special cause concern",
                "Mean", "Target");
        assertThat(byClass(svg, "g", "badge").stream().map(b -> b.getElementsByTagName("title").item(0)
                .getTextContent())).containsExactly("Variation: Common cause", "Assurance: Consistently fails target");
        assertThat(byClass(svg, "line", "target")).hasSize(1);
        assertThat(byClass(svg, "line", "mean")).hasSize(1);
        assertThat(byClass(svg, "line", "limit")).hasSize(2);
        assertThat(byClass(svg, "line", "near")).hasSize(2);
        assertThat(texts(svg.getDocumentElement())).contains("Upper 6325", "Mean 4176", "Lower 2026", "2016-04");
    }

    @Test
    void shouldBreakTheLimitsAtEachRebase() throws Exception {
        // given
        SpcAnalysis analysis = XmrAnalysis.of(RF4, SpcOptions.defaults().withRebase(
                List.of(LocalDate.parse("2017-04-01"), LocalDate.parse("2018-04-01"))));
        // when
        Document svg = parse(SpcChart.render(analysis, ChartSpec.titled("RF4").withNearLimits(false)));
        // then
        assertThat(byClass(svg, "g", "segment")).extracting(e -> e.getAttribute("data-start"))
                .containsExactly("0", "12", "24");
        assertThat(byClass(svg, "line", "rebase")).hasSize(2);
        assertThat(byClass(svg, "line", "near")).isEmpty();
        assertThat(byClass(svg, "line", "target")).isEmpty();
        assertThat(texts(byClass(svg, "g", "legend").get(0))).contains("Special cause neutral (high)",
                "Rebased (new limits)");
    }

    @Test
    void shouldShadeTheBaselineAndTestWindowOfAStudy() throws Exception {
        // given
        MeasureSeries m = new MeasureSeries("breaches", "Breaches", false, Direction.DECREASE, null, RF4);
        StudyResult study = Study.of(m, new StudyWindow(LocalDate.parse("2016-04-01"), LocalDate.parse("2017-03-31"),
                LocalDate.parse("2017-10-01"), LocalDate.parse("2018-03-31")), null);
        // when
        Document svg = parse(SpcChart.render(study));
        // then
        assertThat(byClass(svg, "rect", "shading")).extracting(e -> e.getAttribute("class"))
                .containsExactly("shading baseline", "shading test-window");
        assertThat(child(svg.getDocumentElement(), "desc").getTextContent())
                .startsWith("Study of Breaches: baseline 2016-04-01 to 2017-03-31 (12 points), test window"
                        + " 2017-10-01 to 2018-03-31 (6 points). Verdict: concern.");
        assertThat(svg.getDocumentElement().getAttribute("aria-labelledby")).isEqualTo(
                "spc-breaches-title spc-breaches-desc");
    }

    @Test
    void shouldRenderAStudyWithoutLimitsAsATitledPlaceholder() throws Exception {
        // given
        MeasureSeries m = new MeasureSeries("m", "Empty measure", false, Direction.INCREASE, null, List.of());
        StudyResult study = Study.of(m, StudyWindow.defaultFor(LocalDate.parse("2024-03-25"),
                ChronoUnit.WEEKS), null);
        // when
        Document svg = parse(SpcChart.render(study));
        // then
        assertThat(child(svg.getDocumentElement(), "title").getTextContent()).isEqualTo("Empty measure");
        assertThat(child(svg.getDocumentElement(), "desc").getTextContent()).endsWith("Not enough data to draw limits.");
        assertThat(byClass(svg, "path", "point")).isEmpty();
    }

    @Test
    void shouldEscapeTextAndRenderTheSameSvgEveryTime() throws Exception {
        // given: a title with markup characters and a control character
        List<SpcPoint> points = new ArrayList<>(Series.monthly("2020-01-01", 5, 5, 5, 5));
        SpcAnalysis analysis = XmrAnalysis.of(points, SpcOptions.of(Direction.INCREASE).withTarget(5));
        ChartSpec spec = ChartSpec.titled("A&E <waits> \"HEIGHT\"\u0007");
        // when
        String first = SpcChart.render(analysis, spec);
        String second = SpcChart.render(analysis, spec);
        // then
        assertThat(first).isEqualTo(second);
        Document svg = parse(first);
        assertThat(child(svg.getDocumentElement(), "title").getTextContent()).isEqualTo("A&E <waits> \"HEIGHT\"");
        assertThat(byClass(svg, "path", "point").stream().filter(e -> e.hasAttribute("data-date"))).hasSize(4);
    }

    @Test
    void shouldShowWarningsAsNotesAndInTheDescription() throws Exception {
        // given: the RFR series misses 2016-11
        SpcAnalysis analysis = XmrAnalysis.of(Fixtures.csv("rfr-type1-breaches.csv"), SpcOptions.of(Direction.DECREASE));
        // when
        Document svg = parse(SpcChart.render(analysis, ChartSpec.titled("RFR")));
        // then
        String note = "1 missing period(s) in a monthly series: 2016-11-01; they are left out and the moving range"
                + " spans each gap";
        assertThat(byClass(svg, "text", "note")).extracting(Element::getTextContent).containsExactly("Note: " + note);
        assertThat(child(svg.getDocumentElement(), "desc").getTextContent()).endsWith("Notes: " + note + ".");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element child(Element parent, String tag) {
        NodeList list = parent.getChildNodes();
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i) instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new AssertionError("no <" + tag + "> child");
    }

    private static List<Element> byClass(Document doc, String tag, String cls) {
        List<Element> found = new ArrayList<>();
        NodeList list = doc.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (List.of(e.getAttribute("class").split(" ")).contains(cls)) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<String> texts(Element parent) {
        List<String> texts = new ArrayList<>();
        NodeList list = parent.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }
}
