-- The map's component layer reads the components inside the view's box: latitude range first, longitude checked
-- from the same index entry.
create index ix_component_position on component (latitude, longitude);
