package org.vigil.geo.build;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A minimal TopoJSON reader: the polygons of one geometry collection, decoded to longitude and latitude in degrees.
 *
 * <p>What it follows of the TopoJSON specification (https://github.com/topojson/topojson-specification): a topology
 * with a {@code transform} has quantized, delta-encoded arcs (each position after the first is the difference from the
 * previous one; the absolute position is {@code q * scale + translate}), one without has absolute positions; a ring is
 * a list of arc indices whose arcs are joined end to start, dropping the first position of every arc after the first
 * (it repeats the last of the previous one), and a negative index {@code i} is arc {@code ~i} reversed. Polygon and
 * MultiPolygon geometries are read; any other type gives a shape without polygons. Coordinates are as written: a ring
 * that crosses the antimeridian jumps between +180 and -180 (see {@link ShapePoint}).
 */
final class TopoJson {

    private TopoJson() {
    }

    /** A ring: its positions in order, the last equal to the first, in degrees. */
    record Ring(double[] lon, double[] lat) {
        int size() {
            return lon.length;
        }
    }

    /**
     * One geometry of the collection.
     *
     * @param id       the geometry's {@code id} as a string (for world-atlas, the ISO 3166-1 numeric code), or ""
     * @param name     its {@code properties.name}, or ""
     * @param polygons its polygons; each is its exterior ring followed by its holes
     */
    record Shape(String id, String name, List<List<Ring>> polygons) {
    }

    /**
     * Reads the geometries of one object of a topology.
     *
     * @param json   the topology
     * @param object the name of a GeometryCollection in its {@code objects} ("countries")
     * @throws IllegalArgumentException if the document is not such a topology or an arc index is out of range
     */
    @SuppressWarnings("unchecked")
    static List<Shape> read(String json, String object) {
        Map<String, Object> topology = (Map<String, Object>) MiniJson.parse(json);
        if (!"Topology".equals(topology.get("type"))) {
            throw new IllegalArgumentException("not a TopoJSON topology: type " + topology.get("type"));
        }
        Object objects = topology.get("objects");
        Object collection = objects instanceof Map<?, ?> m ? m.get(object) : null;
        if (!(collection instanceof Map<?, ?> c) || !(c.get("geometries") instanceof List<?> geometries)) {
            throw new IllegalArgumentException("the topology has no geometry collection '" + object + "'");
        }
        List<Ring> arcs = arcs((List<Object>) topology.get("arcs"), (Map<String, Object>) topology.get("transform"));
        List<Shape> out = new ArrayList<>(geometries.size());
        for (Object o : geometries) {
            Map<String, Object> g = (Map<String, Object>) o;
            Object id = g.get("id");
            String idText = id instanceof Double d ? Long.toString(d.longValue()) : id == null ? "" : id.toString();
            String name = g.get("properties") instanceof Map<?, ?> p && p.get("name") instanceof String s ? s : "";
            List<List<Ring>> polygons = new ArrayList<>();
            List<Object> a = (List<Object>) g.get("arcs");
            if ("Polygon".equals(g.get("type"))) {
                polygons.add(polygon(a, arcs));
            } else if ("MultiPolygon".equals(g.get("type"))) {
                for (Object p : a) {
                    polygons.add(polygon((List<Object>) p, arcs));
                }
            }
            out.add(new Shape(idText, name, List.copyOf(polygons)));
        }
        return out;
    }

    /** Decodes every arc to absolute degrees. */
    private static List<Ring> arcs(List<Object> encoded, Map<String, Object> transform) {
        if (encoded == null) {
            throw new IllegalArgumentException("the topology has no arcs");
        }
        double sx = 1;
        double sy = 1;
        double tx = 0;
        double ty = 0;
        boolean quantized = transform != null;
        if (quantized) {
            List<?> scale = (List<?>) transform.get("scale");
            List<?> translate = (List<?>) transform.get("translate");
            sx = (Double) scale.get(0);
            sy = (Double) scale.get(1);
            tx = (Double) translate.get(0);
            ty = (Double) translate.get(1);
        }
        List<Ring> out = new ArrayList<>(encoded.size());
        for (Object arc : encoded) {
            List<?> positions = (List<?>) arc;
            double[] lon = new double[positions.size()];
            double[] lat = new double[positions.size()];
            double x = 0;
            double y = 0;
            for (int i = 0; i < positions.size(); i++) {
                List<?> p = (List<?>) positions.get(i);
                double px = (Double) p.get(0);
                double py = (Double) p.get(1);
                if (quantized) {
                    x += px; // delta-encoded: integers, so the running sum is exact
                    y += py;
                    lon[i] = x * sx + tx;
                    lat[i] = y * sy + ty;
                } else {
                    lon[i] = px;
                    lat[i] = py;
                }
            }
            out.add(new Ring(lon, lat));
        }
        return out;
    }

    private static List<Ring> polygon(List<Object> rings, List<Ring> arcs) {
        List<Ring> out = new ArrayList<>(rings.size());
        for (Object r : rings) {
            out.add(ring((List<?>) r, arcs));
        }
        return List.copyOf(out);
    }

    private static Ring ring(List<?> indices, List<Ring> arcs) {
        int n = 0;
        for (Object o : indices) {
            n += arc(o, arcs).size();
        }
        double[] lon = new double[n];
        double[] lat = new double[n];
        int size = 0;
        for (Object o : indices) {
            int index = ((Double) o).intValue();
            Ring arc = arc(o, arcs);
            int len = arc.size();
            for (int k = size == 0 ? 0 : 1; k < len; k++) {
                int from = index >= 0 ? k : len - 1 - k;
                lon[size] = arc.lon()[from];
                lat[size++] = arc.lat()[from];
            }
        }
        return new Ring(Arrays.copyOf(lon, size), Arrays.copyOf(lat, size));
    }

    private static Ring arc(Object index, List<Ring> arcs) {
        int i = ((Double) index).intValue();
        int a = i >= 0 ? i : ~i;
        if (a >= arcs.size()) {
            throw new IllegalArgumentException("arc index " + i + " out of range (" + arcs.size() + " arcs)");
        }
        return arcs.get(a);
    }
}
