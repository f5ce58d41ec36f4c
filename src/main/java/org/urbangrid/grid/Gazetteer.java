package org.urbangrid.grid;

import java.util.List;
import java.util.Optional;

/** 地理编码 (GB/T 30428.3): named roads, places and buildings with positions. */
public interface Gazetteer {

    /** Names starting with or containing the text, prefix matches first. */
    List<Place> search(String text, int limit);

    Optional<Place> nearest(double latitude, double longitude);

    /** A readable address for a position, e.g. "凌水街道 凌水社区 黄浦路附近(约40米)". */
    String describe(double latitude, double longitude);
}
