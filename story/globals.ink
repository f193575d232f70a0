// Shared state of the campaign: everything the chapters read and write, in one place.
// The stats the player shows are declared as `# stat:` global tags in main.ink.
// Numbers are whole; gauges stand on a grid of 0, 25, 50, 75 and 100 (see below).

// --- Regions of the theatre -------------------------------------------------------
// Each power's holdings are a value of this one LIST, so that the map can read them.
// Regions nobody in these three lists holds are neutral (Tibet at the start, Dainkog).
LIST Region = di_hua, west_sinkiang, east_sinkiang, altun_shan, xibei, golmud, tibet, yunnan, dainkog, north_burma, india, manchuria, far_east, korea, north_china

VAR soviet_held = (di_hua, west_sinkiang, far_east)
VAR british_held = (india, north_burma)
VAR japanese_held = (east_sinkiang, altun_shan, xibei, golmud, manchuria, korea, north_china)

// --- Forces --------------------------------------------------------------------------
VAR losses = 40                 // Soviet casualties in Central Asia since June 1941, thousands;
                                // only real fighting adds to it, in steps of 10 (ten thousand)
VAR div_central_asia = 22       // divisions on the Central Asian front
VAR div_far_east = 4            // divisions already returned to the Far East command
VAR div_sent_west = 0           // divisions sent on to the German front
VAR cavalry_fresh = 50          // the cavalry's horses: CAVALRY_WORN, CAVALRY_FIT (for one hard
                                // operation) or CAVALRY_FRESH; rest_cavalry() and tire_cavalry()
                                // move it a step, and some orders set it outright

// --- Gauges: 0, 25, 50, 75 or 100 ----------------------------------------------------
// A gauge moves in steps of 25 (one step is a real change, two a large one), through
// raise()/lower(), which clamp it to 0-100, or at_least()/at_most(), which set a floor or a
// ceiling: an order that puts the Far East on alert makes it at least that ready, whatever
// it was before. A few events set a gauge outright (the February offensive decides what is
// left of the satellites; Guam answers the winter's question for everyone).
// Keep it that way: an order should move at most two gauges, and prefer a floor or a ceiling
// to a step, so that different roads through the campaign meet in the same state and the
// explorer can walk all of them.
VAR far_east_readiness = 25     // how ready the Far East command is to meet an attack; complete
                                // (GAUGE_MAX) only in the forward positions (see reinforce_far_east)
VAR japan_strength = 50         // Japanese and satellite strength in western China
VAR britain_relations = 50      // 0 hostile, 50 wary partners, 100 close allies
VAR us_tilt = 25                // 0 friendly to Moscow, 100 openly pro-German
VAR intel_clarity = 25          // how clearly Moscow reads Tokyo's intentions
VAR japan_provoked = 25         // how provoked Tokyo feels by Soviet moves in the east: what it
                                // will not forgive (sunk convoys, shipping secrets given to
                                // Washington) sets it to at least GRIEVANCE, and at that Tokyo
                                // signs no understanding (see tokyo_will_sign)

// --- Constants -----------------------------------------------------------------------
CONST GAUGE_MAX = 100
CONST GAUGE_MIN = 0
CONST STEP = 25
CONST CAVALRY_WORN = 25
CONST CAVALRY_FIT = 50
CONST CAVALRY_FRESH = 75
CONST READY_IN_QUARTERS = 75    // the most a Far East command in its winter quarters can be
CONST GRIEVANCE = 75            // Tokyo's temper when it holds something it will not forgive
CONST GARRISON = 4              // divisions that hold the Central Asian front when it is stripped

// Claims: a sentence that states a fact of the run calls claim() beside it, and the explorer
// checks the fact on every road (a claim that fails leaves a `claim-failed` tag, which the
// explorer reports as an error with its path; the player ignores it).
=== function claim(holds, what)
{not holds:
    # claim-failed: {what}
}

// Raises a 0-100 gauge by `steps` steps of 25, never past GAUGE_MAX.
=== function raise(ref gauge, steps)
~ gauge = MIN(gauge + steps * STEP, GAUGE_MAX)

// Lowers a 0-100 gauge by `steps` steps of 25, never below GAUGE_MIN.
=== function lower(ref gauge, steps)
~ gauge = MAX(gauge - steps * STEP, GAUGE_MIN)

// Brings a gauge up to `level` if it is below it; leaves it alone otherwise.
=== function at_least(ref gauge, level)
~ gauge = MAX(gauge, level)

// Brings a gauge down to `level` if it is above it; leaves it alone otherwise.
=== function at_most(ref gauge, level)
~ gauge = MIN(gauge, level)

// One step of rest for the cavalry's horses, up to CAVALRY_FRESH.
=== function rest_cavalry()
~ cavalry_fresh = MIN(cavalry_fresh + STEP, CAVALRY_FRESH)

// One step of wear for the cavalry's horses, down to CAVALRY_WORN.
=== function tire_cavalry()
~ cavalry_fresh = MAX(cavalry_fresh - STEP, CAVALRY_WORN)

// Hands a region to the Soviets, taking it from whoever held it.
// (Each holding is rebuilt in the order of the Region list, so that the same map is always
// the same value, however the regions were won.)
=== function soviets_take(region)
~ soviet_held = LIST_ALL(region) ^ (soviet_held + region)
~ british_held -= region
~ japanese_held -= region

// Hands a region to the British, taking it from whoever held it.
=== function british_take(region)
~ british_held = LIST_ALL(region) ^ (british_held + region)
~ soviet_held -= region
~ japanese_held -= region

// Hands a region to Japan or its satellites, taking it from whoever held it.
=== function japanese_take(region)
~ japanese_held = LIST_ALL(region) ^ (japanese_held + region)
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

// Whether Tokyo would listen to an approach now: nothing it holds against Moscow is past forgiving.
=== function tokyo_will_sign()
~ return japan_provoked < GRIEVANCE

// Reinforces the Far East command by `steps` steps, but only the alert's forward positions make
// it complete: a command in its winter quarters is at most READY_IN_QUARTERS. (So a complete
// readiness tells that the divisions stand in the forward positions, without a flag to say so.)
=== function reinforce_far_east(steps)
{far_east_readiness < GAUGE_MAX:
    ~ far_east_readiness = MIN(far_east_readiness + steps * STEP, READY_IN_QUARTERS)
}

// The Far East command is in its forward positions: only the alert of 18 January sends it there.
=== function far_east_forward()
~ return far_east_readiness >= GAUGE_MAX

// The Far East command's readiness in the staff's words (never as a number).
=== function readiness_words()
{
- far_east_readiness >= 100:
    ~ return "a readiness its inspectors call complete"
- far_east_readiness >= 75:
    ~ return "a readiness its inspectors call good"
- far_east_readiness >= 50:
    ~ return "a readiness its inspectors call fair, and no better"
- else:
    ~ return "a readiness its inspectors call poor"
}
