# title: Immortal is an Ample Word
# author: The Stavka team
# stat: losses = Soviet losses (thousands)
# stat: div_central_asia = Divisions in Central Asia
# stat: div_far_east = Divisions returned to the Far East
# stat: div_sent_west = Divisions sent west
# stat: far_east_readiness = Far East readiness
# stat: japan_strength = Japanese strength in China
# stat: britain_relations = Relations with Britain
# stat: us_tilt = USA leaning to Germany
# stat: intel_clarity = Intelligence clarity
# stat: japan_provoked = Tokyo provoked
# stat: soviet_held = Held by the USSR
# stat: british_held = Held by Britain
# stat: japanese_held = Held by Japan and satellites
# good: losses = down
# good: far_east_readiness = up
# good: japan_strength = down
# good: britain_relations = up
# good: us_tilt = down
# good: intel_clarity = up
# good: japan_provoked = down
# good: soviet_held = up
# good: japanese_held = down
# map: Region = Neutral
# side: soviet_held = Soviet
# side: british_held = British
# side: japanese_held = Japanese and satellites
# name: Region.far_east = Soviet Far East
# timeline: 1 November 1942 = 31 May 1943
# choices: Your orders

INCLUDE globals.ink
INCLUDE chapter-1-altun-shan.ink
INCLUDE chapter-2-far-east.ink
INCLUDE chapter-3-delhi.ink
INCLUDE chapter-4-xibei.ink
INCLUDE chapter-5-manchuria.ink
INCLUDE endings.ink

// Each chapter is a tunnel, so whatever it keeps in temporary variables is gone when it ends.
// Each is entered from a small knot of its own that then goes on to the next one, never from the
// top of the story: what the story can still read is judged from the knots ahead of where it
// stands, and a top level that tunnels into every chapter would keep every chapter's flags alive
// to the end, which multiplies the states the explorer walks.
-> run_chapter_one

=== run_chapter_one ===
-> chapter_one ->
-> run_chapter_two

=== run_chapter_two ===
-> chapter_two ->
-> run_chapter_three

=== run_chapter_three ===
-> chapter_three ->
-> run_chapter_four

=== run_chapter_four ===
-> chapter_four ->
-> run_chapter_five

=== run_chapter_five ===
-> chapter_five ->
-> epilogue
