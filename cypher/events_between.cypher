// All events between two states over time, both directions, officials included.
// Each row: date, who acted on whom, what happened (relationship type, CAMEO code,
// Goldstein value) and the evidence text.
// Params: a (string); b (string)
// Neo4j Browser: :param a => 'USA'  then  :param b => 'PRK'
MATCH (x:Actor)-[r]->(y:Actor)
WHERE r.id IS NOT NULL
  AND ((coalesce(r.source_state, r.source) = $a AND coalesce(r.target_state, r.target) = $b)
    OR (coalesce(r.source_state, r.source) = $b AND coalesce(r.target_state, r.target) = $a))
RETURN r.date AS date, x.id AS source, y.id AS target, type(r) AS relation, r.code AS code,
       r.goldstein AS goldstein, r.text AS text, r.id AS id
ORDER BY date, id
