package org.urbangrid.frontage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.urbangrid.frontage.FrontageUnit;
import org.urbangrid.frontage.UnitKind;
import org.urbangrid.grid.Shapes;

class FrontageIndexTest {

    // a 0.001° square south-west corner (121.500, 38.880)
    private static final String SQUARE = "POLYGON ((121.5 38.88, 121.501 38.88, 121.501 38.881, 121.5 38.881, 121.5 38.88))";
    private static final String INNER = "POLYGON ((121.5002 38.8802, 121.5004 38.8802, 121.5004 38.8804, 121.5002 38.8804, 121.5002 38.8802))";

    @Test
    void a_point_on_the_boundary_or_a_corner_counts_as_inside_and_one_just_outside_does_not() {
        var index = FrontageIndex.of(List.of(unit(1, SQUARE)));
        assertThat(index.at(38.8805, 121.5)).extracting(FrontageUnit::id).containsExactly(1L); // west edge
        assertThat(index.at(38.88, 121.5005)).extracting(FrontageUnit::id).containsExactly(1L); // south edge
        assertThat(index.at(38.881, 121.501)).extracting(FrontageUnit::id).containsExactly(1L); // north-east corner
        assertThat(index.at(38.8805, 121.5005)).extracting(FrontageUnit::id).containsExactly(1L); // inside
        assertThat(index.at(38.8805, 121.4999999)).isEmpty(); // about 1 cm west
        assertThat(index.at(38.8810001, 121.5005)).isEmpty(); // about 1 cm north
    }

    @Test
    void a_point_in_two_frontages_belongs_to_both_the_smaller_first() {
        var index = FrontageIndex.of(List.of(unit(1, SQUARE), unit(2, INNER)));
        assertThat(index.at(38.8803, 121.5003)).extracting(FrontageUnit::id).containsExactly(2L, 1L);
        assertThat(index.at(38.8808, 121.5008)).extracting(FrontageUnit::id).containsExactly(1L);
        // on the inner square's edge: both still
        assertThat(index.at(38.8802, 121.5003)).extracting(FrontageUnit::id).containsExactly(2L, 1L);
    }

    @Test
    void equal_frontages_tie_by_the_lower_id() {
        var index = FrontageIndex.of(List.of(unit(9, SQUARE), unit(4, SQUARE)));
        assertThat(index.at(38.8805, 121.5005)).extracting(FrontageUnit::id).containsExactly(4L, 9L);
    }

    @Test
    void a_line_with_a_depth_covers_its_depth_on_either_side_and_stops_at_its_ends() {
        var line = Shapes.fromWkt("LINESTRING (121.5 38.88, 121.501 38.88)");
        Geometry area = Shapes.buffer(line, 8);
        var index = FrontageIndex.of(List.of(unit(3, Shapes.toWkt(area))));
        double metre = 1 / 111_320.0;
        assertThat(index.at(38.88 + 7 * metre, 121.5005)).hasSize(1);
        assertThat(index.at(38.88 - 7 * metre, 121.5005)).hasSize(1);
        assertThat(index.at(38.88 + 9 * metre, 121.5005)).isEmpty();
        assertThat(index.at(38.88, 121.5011)).isEmpty(); // past the flat end
    }

    @Test
    void inactive_frontages_are_not_matched_and_a_grid_finds_the_frontages_meeting_it() {
        var inactive = new FrontageUnit(5, "x", UnitKind.SHOP, null, null, null, null, SQUARE, null, SQUARE,
                Shapes.areaSquareMetres(Shapes.fromWkt(SQUARE)), false, Instant.EPOCH, Instant.EPOCH);
        var index = FrontageIndex.of(List.of(inactive, unit(2, INNER)));
        assertThat(index.at(38.8808, 121.5008)).isEmpty();
        var grid = Shapes.fromWkt("POLYGON ((121.5003 38.8803, 121.51 38.8803, 121.51 38.89, 121.5003 38.89, 121.5003 38.8803))");
        assertThat(index.meeting(grid)).extracting(FrontageUnit::id).containsExactly(2L);
    }

    private static FrontageUnit unit(long id, String wkt) {
        return new FrontageUnit(id, "单位" + id, UnitKind.SHOP, null, null, null, null, wkt, null, wkt,
                Shapes.areaSquareMetres(Shapes.fromWkt(wkt)), true, Instant.EPOCH, Instant.EPOCH);
    }
}
