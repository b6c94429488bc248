-- The families' distance search and the HSDS postcode filter read the network module's places (V33's views over the
-- real postcodes of V29/V30) instead of the points the offer module kept itself: one list of places, not two. The
-- demo's invented postcodes are invented places now (network.Places.defineInvented). Its index (V15) goes with it;
-- the views' names reach place_postcode_place_idx and place_municipality_name_idx, their equivalents (V29).
drop table postcode_point;
