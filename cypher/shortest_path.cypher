// The shortest path between two actors, over events and officials' ties to states.
// Returns the actors on the way and what links each step (return p to draw it).
// Params: a (string); b (string); max_hops (int, default 8)
// Neo4j Browser: :param a => 'USA'  then  :param b => 'IRN'  (return p to draw it)
MATCH (x:Actor {id: $a}), (y:Actor {id: $b})
MATCH p = shortestPath((x)-[*..30]-(y))
WHERE length(p) <= $max_hops AND none(n IN nodes(p) WHERE n:Nobody)
RETURN [n IN nodes(p) | n.id] AS actors, [r IN relationships(p) | type(r)] AS links,
       length(p) AS hops
