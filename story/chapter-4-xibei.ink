// Chapter IV. Xibei
// Dates: late March 1943 (the Pacific after Guam), 8 April 1943 (into Xibei), 23 April 1943 (Golmud).
// Decisions: pacific-war, cavalry-xibei, golmud (golmud only when the cavalry rode into Xibei;
//   otherwise the text says what became of the Xibei front).
// Reads: soviet_held, cavalry_fresh, japan_strength, britain_relations, us_tilt.
// Writes: the region LISTs (xibei, golmud, tibet, dainkog), losses, cavalry_fresh, japan_strength,
//   japan_provoked, britain_relations, us_tilt, intel_clarity.

=== chapter_four ===
Late March 1943. The war Japan chose in the Pacific has not gone the way Tokyo planned. The Americans, who had expected a war for months and were ready for one, have taken Saipan and Truk. # chapter: IV. Xibei # date: late March 1943
And there it has stopped. Neither Washington nor Tokyo wanted this war; both were surprised that a quarrel over trade and a demand about Guam ended in shooting, and neither prosecutes it with any vigour. The fleets watch each other across the Central Pacific and do very little.
The British have tried to make something of it. Their embassy in Washington argues that the real enemy is in Berlin. The Americans refuse to see Germany as an enemy at all, and, out of fear of the Soviet Union, they are if anything becoming more pro-German: the newspapers that matter write about Bolshevism in Asia and say nothing about the Wehrmacht. {us_tilt >= 50:The Soviet embassy reports that the mood is worse than it has ever been.|The Soviet embassy reports that the mood is bad, and could get worse.}
-> xibei_pacific

=== xibei_pacific ===
The GKO considers what the Pacific war means for the Soviet Union, and what, if anything, to do about it. The Commissariat wants neutrality. The NKVD sees an opening in Washington. Stavka sees Japanese garrisons in China that nobody is going to reinforce. # decision: pacific-war
+ [Strict neutrality #history]
    ~ raise(us_tilt, 5)
    The Soviet Union declares itself a neutral in a war between two powers with whom it has no quarrel, which is half true. Nothing is offered to Washington, nothing is said to Tokyo, and the Americans, who notice that Moscow is not helping them, drift a little further toward Berlin. In Manchuria nobody moves.
+ [Quiet help to the USA]
    ~ lower(us_tilt, 15)
    ~ raise(japan_provoked, 15)
    ~ raise(intel_clarity, 5)
    Weather reports from Kamchatka begin to reach the American navy, and a Soviet officer in Washington shares what the NKVD knows about Japanese convoys. It is a small thing and it buys a little goodwill in Washington. Tokyo learns of it within weeks, as Tokyo learns of most things, and the Kwantung Army's newspapers start to speak of Soviet treachery.
+ [Use Japan's distraction to press in China]
    ~ lower(japan_strength, 10)
    ~ raise(japan_provoked, 10)
    ~ losses += 10
    Stavka orders every front in western China to push while Tokyo is looking east. The satellite garrisons are raided, their depots burned, their roads cut. The pressure tells on them; it tells on the Soviet divisions too, and on Tokyo's patience.
- -> xibei_cavalry

=== xibei_cavalry ===
Early April 1943. {soviet_held ? altun_shan:Beyond Altun Shan lies the territory of the Xibei San Ma clique, Japan's satellite in the north-west, and beyond that, nothing that can stop a cavalry army.|The Japanese line at Altun Shan still stands across every road south, and the cavalry divisions can only look at it.} # date: early April 1943
{soviet_held ? altun_shan:
    -> choose
- else:
    The Central Asian front spends April as it spent the winter, holding its line and counting its losses. Xibei, Golmud and the roads to the south stay in the hands of Japan's satellites. The cavalry divisions rest, and their commanders write letters to Moscow that nobody answers.
    ~ raise(cavalry_fresh, 10)
    -> chapter_five
}
= choose
The cavalry corps commander asks for leave to go. His divisions can move where the rifle divisions cannot, live off the country for a fortnight, and be somewhere else before the enemy knows they have left. The front staff want the corps kept at Altun Shan in case the Japanese try again. A third voice, from Moscow, points south, toward Tibet, which everyone in Delhi said must not fall to Japan. # decision: cavalry-xibei
+ [Send the cavalry into Xibei #history]
    ~ soviets_take(xibei)
    ~ lower(cavalry_fresh, 10)
    ~ lower(japan_strength, 10)
    On 8 April 1943 the cavalry divisions cross into the territory held by the Xibei San Ma clique. They do not fight for roads; they ride around the places the enemy holds and are already behind them when the enemy turns to fight. # image: illustrations/cavalry-xibei.svg = Soviet cavalry crossing the border into Xibei # date: 8 April 1943
    Time after time the Soviet squadrons outmanoeuvre the Ma clique's forces. By the middle of the month the clique's army has stopped trying to hold a line and is trying only to reach its capital first.
    -> xibei_golmud
+ [Consolidate at Altun Shan]
    ~ raise(cavalry_fresh, 10)
    ~ raise(japan_strength, 5)
    The corps stays at Altun Shan. The horses fatten, the depots fill, and the satellite armies in Xibei, who had expected to be attacked, begin to believe that they will not be. By the end of April they have rebuilt a line of sorts, and Golmud remains the Ma clique's capital.
    -> chapter_five
+ [Turn south to Tibet]
    ~ soviets_take(tibet)
    ~ lower(cavalry_fresh, 15)
    ~ lower(britain_relations, 15)
    The corps rides south onto the Tibetan plateau instead. It meets no Japanese, only thin air, cold and distance, and the horses die of it faster than any enemy could have killed them. By the end of April Soviet squadrons are camped within sight of Lhasa. The Tibetans are polite. The British, whose maps of the approaches to India now show Soviet cavalry on them, are not.
    -> chapter_five

=== xibei_golmud ===
Golmud, the capital of the Xibei San Ma clique, lies ahead: a road junction, an airfield, the clique's treasury and its last reserves. The cavalry is at the end of its supply line. The NKVD reports that some of the Ma clique's commanders would change sides for the right guarantees. And far to the south, the valleys of Dainkog lie open, with no British in them yet. # decision: golmud
+ [Take Golmud #history]
    ~ soviets_take(golmud)
    ~ losses += 5
    ~ lower(japan_strength, 10)
    The cavalry closes on the city from three sides, and the Ma clique's last reserves, caught between them, surrender or scatter. By 23 April 1943 Golmud, the Xibei capital, is in Soviet hands. # date: 23 April 1943
    The victory is complete and it is cheap. It also puts Soviet squadrons on the road south, where, beyond the mountains, the British have overrun all of southern and western Yunnan.
+ [Win over the Ma clique as a client]
    ~ japanese_held -= golmud
    ~ lower(japan_strength, 5)
    ~ raise(japan_provoked, 5)
    The NKVD's go-betweens ride into Golmud under a white flag and ride out with an agreement. The clique's commanders keep their city, their titles and their treasury; they break with Tokyo and promise to stay out of the war. By 23 April 1943 Golmud belongs to nobody but the Ma family, which is what the Ma family always wanted. Tokyo calls it theft.
+ [Bypass it and race south for Dainkog]
    ~ soviets_take(dainkog)
    ~ lower(cavalry_fresh, 15)
    ~ lower(britain_relations, 10)
    The cavalry leaves Golmud to its garrison and rides south, day and night, for the mountains and river valleys of Dainkog. It gets there first. By 23 April 1943 Soviet squadrons are watering their horses in the valleys, and the Ma clique, left alone in Golmud, is still Japan's. The British, coming north out of Yunnan, find the Red Army waiting for them.
- -> chapter_five
