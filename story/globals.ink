// Shared state of the campaign: everything the chapters read and write, in one place.
// The stats the player shows are declared as `# stat:` global tags in main.ink.
// Numbers are whole; gauges run 0-100 and go through raise()/lower(), which clamp them.

// --- Regions of the theatre -------------------------------------------------------
// Each power's holdings are a value of this one LIST, so that the map can read them.
// Regions nobody in these three lists holds are neutral (Tibet at the start, Dainkog).
LIST Region = di_hua, west_sinkiang, east_sinkiang, altun_shan, xibei, golmud, tibet, yunnan, dainkog, north_burma, india, manchuria, far_east, korea, north_china

VAR soviet_held = (di_hua, west_sinkiang, far_east)
VAR british_held = (india, north_burma)
VAR japanese_held = (east_sinkiang, altun_shan, xibei, golmud, manchuria, korea, north_china)

// --- Forces --------------------------------------------------------------------------
VAR losses = 38                 // Soviet casualties in Central Asia since June 1941, thousands
VAR div_central_asia = 22       // divisions on the Central Asian front
VAR div_far_east = 4            // divisions already returned to the Far East command
VAR div_sent_west = 0           // divisions sent on to the German front
VAR cavalry_fresh = 50          // condition of the cavalry divisions, 0-100

// --- Gauges, 0-100 -----------------------------------------------------------------
VAR far_east_readiness = 40     // how ready the Far East command is to meet an attack
VAR japan_strength = 60         // Japanese and satellite strength in western China
VAR britain_relations = 50      // 0 hostile, 50 wary partners, 100 close allies
VAR us_tilt = 40                // 0 friendly to Moscow, 100 openly pro-German
VAR intel_clarity = 30          // how clearly Moscow reads Tokyo's intentions
VAR japan_provoked = 30         // how provoked Tokyo feels by Soviet moves in the east

// --- Constants -----------------------------------------------------------------------
CONST GAUGE_MAX = 100
CONST GAUGE_MIN = 0

// Raises a 0-100 gauge by `amount`, never past GAUGE_MAX.
=== function raise(ref gauge, amount)
~ gauge = MIN(gauge + amount, GAUGE_MAX)

// Lowers a 0-100 gauge by `amount`, never below GAUGE_MIN.
=== function lower(ref gauge, amount)
~ gauge = MAX(gauge - amount, GAUGE_MIN)

// Hands a region to the Soviets, taking it from whoever held it.
=== function soviets_take(region)
~ soviet_held += region
~ british_held -= region
~ japanese_held -= region

// Hands a region to the British, taking it from whoever held it.
=== function british_take(region)
~ british_held += region
~ soviet_held -= region
~ japanese_held -= region

// Hands a region to Japan or its satellites, taking it from whoever held it.
=== function japanese_take(region)
~ japanese_held += region
~ soviet_held -= region
~ british_held -= region

// Moves divisions between the Central Asian front and the Far East command.
=== function send_east(divisions)
~ div_central_asia -= divisions
~ div_far_east += divisions

// Moves divisions from the Central Asian front to the German front.
=== function send_west(divisions)
~ div_central_asia -= divisions
~ div_sent_west += divisions
