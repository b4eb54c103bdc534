package org.vigil.geo.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopoJsonTest {

    /**
     * Two squares sharing an edge, quantized with scale 0.5 and translate (10, 20): arc 0 is the shared edge from
     * (1,0) to (1,1) in grid units; arc 1 goes (1,1) (0,1) (0,0) (1,0); arc 2 goes (1,0) (2,0) (2,1) (1,1).
     */
    private static final String TWO_SQUARES = """
            {"type": "Topology",
             "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
             "objects": {"countries": {"type": "GeometryCollection", "geometries": [
               {"type": "Polygon", "arcs": [[0, 1]], "id": "004", "properties": {"name": "West"}},
               {"type": "MultiPolygon", "arcs": [[[2, -1]]], "id": 8},
               {"type": null, "properties": {"name": "Nothing"}}
             ]}},
             "arcs": [[[1, 0], [0, 1]],
                      [[1, 1], [-1, 0], [0, -1], [1, 0]],
                      [[1, 0], [1, 0], [0, 1], [-1, 0]]]}
            """;

    @Test
    void decodesQuantizedDeltaEncodedArcsAndJoinsThemIntoRings() {
        List<TopoJson.Shape> shapes = TopoJson.read(TWO_SQUARES, "countries");
        assertThat(shapes).extracting(TopoJson.Shape::id).containsExactly("004", "8", "");
        assertThat(shapes).extracting(TopoJson.Shape::name).containsExactly("West", "", "Nothing");
        TopoJson.Ring west = shapes.get(0).polygons().get(0).get(0);
        // arc 0 then arc 1 without its first position (it repeats the last of arc 0)
        assertThat(west.lon()).containsExactly(10.5, 10.5, 10.0, 10.0, 10.5);
        assertThat(west.lat()).containsExactly(20.0, 20.5, 20.5, 20.0, 20.0);
        assertThat(shapes.get(2).polygons()).isEmpty();
    }

    @Test
    void aNegativeArcIndexIsThatArcReversed() {
        TopoJson.Ring east = TopoJson.read(TWO_SQUARES, "countries").get(1).polygons().get(0).get(0);
        // arc 2, then ~(-1) = arc 0 from (1,1) back to (1,0)
        assertThat(east.lon()).containsExactly(10.5, 11.0, 11.0, 10.5, 10.5);
        assertThat(east.lat()).containsExactly(20.0, 20.0, 20.5, 20.5, 20.0);
    }

    @Test
    void arcsWithoutATransformAreAbsolutePositions() {
        String json = """
                {"type": "Topology", "objects": {"c": {"type": "GeometryCollection", "geometries": [
                  {"type": "Polygon", "arcs": [[0]], "id": "1"}]}},
                 "arcs": [[[-1.5, 2], [3, 2], [3, 4], [-1.5, 2]]]}
                """;
        TopoJson.Ring r = TopoJson.read(json, "c").get(0).polygons().get(0).get(0);
        assertThat(r.lon()).containsExactly(-1.5, 3.0, 3.0, -1.5);
        assertThat(r.lat()).containsExactly(2.0, 2.0, 4.0, 2.0);
    }

    @Test
    void rejectsWhatIsNotATopologyWithThatCollection() {
        assertThatThrownBy(() -> TopoJson.read("{\"type\": \"FeatureCollection\"}", "countries"))
                .hasMessageContaining("not a TopoJSON topology");
        assertThatThrownBy(() -> TopoJson.read(TWO_SQUARES, "land")).hasMessageContaining("'land'");
        String badIndex = TWO_SQUARES.replace("[[0, 1]]", "[[0, 7]]");
        assertThatThrownBy(() -> TopoJson.read(badIndex, "countries")).hasMessageContaining("arc index 7");
    }
}
