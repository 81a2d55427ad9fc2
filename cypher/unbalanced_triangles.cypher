// Unbalanced triangles: three actors with an odd number of hostile ties.
// They break "the enemy of my enemy is my friend". A tie's sign comes from all events
// between the pair, as in graphctl alliances: explicit signed relations first, else the
// sum of Goldstein values, else cooperative minus conflictual events.
// Params: limit (int, default 100)
// Neo4j Browser: :param limit => 100
MATCH (a:Actor)-[]-(b:Actor)-[]-(c:Actor)-[]-(a)
WHERE a.id < b.id AND b.id < c.id
WITH DISTINCT a, b, c
UNWIND [[a, b], [b, c], [a, c]] AS pair
CALL {
  WITH pair
  WITH pair[0] AS x, pair[1] AS y
  OPTIONAL MATCH (x)-[r]-(y)
  WHERE r.id IS NOT NULL
  WITH sum(coalesce(r.sign * coalesce(r.weight, 1), 0)) AS signed,
       sum(coalesce(r.goldstein, 0)) AS goldstein,
       sum(CASE WHEN r.polarity > 0 THEN 1 WHEN r.polarity < 0 THEN -1 ELSE 0 END) AS net
  RETURN CASE WHEN signed <> 0 THEN sign(signed) WHEN goldstein <> 0 THEN sign(goldstein)
              ELSE sign(net) END AS tie
}
WITH a, b, c, collect(tie) AS ties
WHERE none(t IN ties WHERE t = 0) AND reduce(p = 1, t IN ties | p * t) < 0
RETURN a.id AS a, b.id AS b, c.id AS c, ties[0] AS ab, ties[1] AS bc, ties[2] AS ac
ORDER BY a, b, c
LIMIT $limit
