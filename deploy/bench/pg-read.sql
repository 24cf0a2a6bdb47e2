-- A keyed read.
\set key random(1, 100000)
SELECT payload FROM bench_keyed WHERE id = :key;
