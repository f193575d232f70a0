// Chapter IV. Xibei
// Dates: late February 1943 (after the February fighting), late March 1943 (Saipan and Truk, the
//   Pacific stalemate, the pro-German drift in Washington), 8 April 1943 (into Xibei),
//   23 April 1943 (Golmud).
// Decisions: pacific-war, cavalry-xibei (only when Altun Shan is Soviet; otherwise the text says
//   what the stalled front does), golmud (only when the cavalry rode into Xibei; otherwise the
//   order taken instead closes the chapter).
// Reads: soviet_held (altun_shan, east_sinkiang, tibet), british_held (tibet, yunnan), cavalry_fresh,
//   div_central_asia, japan_strength, japan_provoked, far_east_readiness, us_tilt.
// Writes: the region LISTs (altun_shan, east_sinkiang, xibei, golmud, tibet, dainkog), losses,
//   cavalry_fresh, div_central_asia and div_far_east (send_east), far_east_readiness,
//   japan_strength, japan_provoked, britain_relations, us_tilt.
// Ends: ->-> (a tunnel from run_chapter_four in main.ink, which then goes on to
//   chapter_five in chapter-5-manchuria.ink).

=== chapter_four ===
Late February 1943. Stavka counts what February has bought. # chapter: IV. Xibei # date: late February 1943
// March's grass and the remount depots bring every squadron back to fitness, whatever February
// asked of it: the horses' state is told afresh from here on.
~ cavalry_fresh = CAVALRY_FIT
{
- soviet_held ? east_sinkiang:
    For the first time since 1941 the whole of Sinkiang is Soviet. The pursuit has ended on the edge of the high country held by the Xibei San Ma clique, the warlord family Japan keeps as its satellite in the north-west. Its border posts watch the Soviet pickets across a frozen valley, and nobody crosses.
- else:
    The Japanese line at Altun Shan still stands across every road into eastern Sinkiang. The Central Asian front has gone back to what it did all winter: it holds its ground and ties down the enemy in front of it.
}
{
- japan_strength <= 25:
    Prisoners say the same thing in a dozen dialects: no shells, no orders. The satellite armies are coming apart. <>
- japan_strength <= 50:
    The satellite armies are weaker than at any time in the war. Their Japanese officers promise help from home, and none comes. <>
- else:
    The satellite armies are battered but still in being, and their Japanese officers still have a little to spend. <>
}
{japan_strength <= 50:Japan's sudden weakness in China has a cause,|That nothing comes to them from Japan has a cause,} and it lies far to the east, in the war Tokyo chose on 4 February.
-> xibei_pacific

=== xibei_pacific ===
= briefing
Late March 1943. The Foreign Commissariat's summary of the Pacific war is short. # date: late March 1943
The Americans had expected a war for months and were ready for it. Since losing Guam they have taken Saipan and Truk, and then they have stopped. Neither government wanted this war; both were surprised that a quarrel over trade ended in shooting, and neither prosecutes it with any vigour.
London has tried to make something of it, arguing in Washington that the real enemy is in Berlin. It has failed. The Americans refuse to see Germany as an enemy at all, and out of fear of the Soviet Union they are, if anything, growing more pro-German.
~ raise(us_tilt, 1)
The Soviet embassy reports that the mood is bad, and could get worse.
The Commissariat wants strict neutrality. The NKVD sees an opening: the American navy would pay well for what the Far East Fleet knows about Japanese shipping. Stavka sees Japanese garrisons in China that nobody in Tokyo will reinforce. {japan_provoked >= 75:The Far East command adds a warning: Tokyo is already angry, and the Kwantung Army has not sent one division to the Pacific.|The Far East command notes that the Kwantung Army has not sent one division to the Pacific.} # decision: pacific-war
+ [Strict neutrality #history] -> neutral
+ [Quiet help to the USA] -> help
+ [Use Japan's distraction to press in China] -> press

= neutral
The Soviet Union declares itself neutral in a war between two powers with which it has no quarrel, which is half true. Nothing is offered to Washington, nothing is said to Tokyo, and the Fleet's reports on Japanese shipping stay in the Fleet's safe.
The reasoning is cold. An America at war with Japan keeps the Japanese navy looking east, and that is worth more than American gratitude. A Japan that felt cornered by a Soviet-American combination might turn on the Amur, where the Far East command would have to meet it alone.
The Americans notice that Moscow is not helping them, and the drift toward Berlin goes on. In Manchuria nobody moves.
-> xibei_cavalry

= help
~ at_least(japan_provoked, GRIEVANCE) // shipping secrets given away are not forgiven
Weather reports from Kamchatka begin to reach the American navy, and a Soviet naval officer in Washington shares what the Far East Fleet knows of Japanese convoy routes. It is a small thing, and it buys gratitude in the Navy Department and nothing in the Senate, where the drift toward Berlin goes on. American intercepts of Japanese naval signals begin to reach Moscow in return.
Tokyo learns of it within weeks, as Tokyo learns of most things, and it is not the kind of thing Tokyo forgives. The Kwantung Army's newspapers write of Soviet treachery and of encirclement: the Americans in the Pacific, the Red Army on the Amur. {far_east_forward():The Far East command reads the articles in its forward positions and stays where it is.|The Far East command reads the articles and asks Stavka what it should do if the Kwantung Army believes them.}
-> xibei_cavalry

= press
~ at_least(japan_provoked, GRIEVANCE) // Tokyo will not forgive an ally's attack while it looks east
Stavka orders the Central Asian front to push wherever the enemy is weakest while Tokyo looks east. Raiding columns cut the satellites' roads and burn their depots. London, which has asked for exactly this since Delhi, is pleased.
{
- soviet_held !? altun_shan && div_central_asia >= 18:
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    It tells where it matters most. At the end of March the garrison at Altun Shan, short of shells and cut off from its depots, is attacked again, and this time the line gives way. The passes fall in four days, at a cost the front counts in hundreds, and eastern Sinkiang follows within the fortnight.
- soviet_held !? altun_shan:
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    At the end of March the front, too thin for a quick blow, attacks Altun Shan once more and keeps attacking. The garrison, which Tokyo no longer feeds, holds for three weeks; then it breaks, and eastern Sinkiang follows. The thin front has paid for the passes in time rather than men: a month of it.
- else:
    The cavalry does most of it, raiding across the Xibei border by night, and the Ma clique's outposts fall back toward their capital.
}
Tokyo's patience wears thin. Its ambassador protests, in terms he has not used before, against Soviet aggression in China.
-> xibei_cavalry

=== xibei_cavalry ===
{soviet_held ? altun_shan:
    -> briefing
- else:
    -> stalled
}

= briefing
Early April 1943. The roads are drying, and beyond the eastern passes lies Xibei, the territory of the Ma clique: high grassland and salt desert, a few roads, and one city worth the name, Golmud. # date: early April 1943
The cavalry corps commander asks for leave to go. His divisions can move where rifle divisions cannot and live off the country for a fortnight. His horses are in good condition, and he does not exaggerate.
The front staff want the corps kept at Altun Shan, where the beaten satellites might yet try again; keeping it would also free three rifle divisions for the Far East command, which has asked for them since January.
A third voice, from Moscow, points south. <>
{
- soviet_held ? tibet:
    Soviet advisers are in Lhasa already, and from the plateau a corps could reach the valleys of Dainkog before anyone else. # decision: cavalry-xibei
- british_held ? tibet:
    The British have a garrison in Lhasa now, and a Soviet corps on the plateau would make them think again. # decision: cavalry-xibei
- else:
    Tibet is still nobody's, and in Delhi both sides agreed it must not be Japan's. # decision: cavalry-xibei
}
+ [Send the cavalry into Xibei #history] -> ride
+ [Consolidate at Altun Shan] -> consolidate
+ [Turn south to Tibet] -> south

= ride
~ soviets_take(xibei)
On 8 April 1943 the cavalry divisions cross into the territory held by the Xibei San Ma clique. # date: 8 April 1943 # image: illustrations/cavalry-xibei.svg = Soviet cavalry crossing the border into Xibei
They do not fight for the roads. They ride around the places the enemy holds, and are behind them when the enemy turns to fight. Time after time the clique's forces form a line across a valley and find Soviet squadrons on the ridges above, or on the road to their depots. The horses are fit for it, and the squadrons cover sixty kilometres a day when they must.
~ tire_cavalry() // the ride itself is what wears them
By the middle of the month the clique's army has stopped trying to hold anything. It is trying only to reach its capital first.
-> xibei_golmud

= consolidate
~ rest_cavalry()
~ send_east(3)
~ reinforce_far_east(1)
Stavka keeps the corps at Altun Shan. The horses graze as the grass comes, the depots fill, and three rifle divisions entrain for the Far East command, which now has {div_far_east} divisions back from Central Asia.
{
- soviet_held ? tibet:
    One cavalry division rides south by the plateau tracks to stand behind the Soviet advisers in Lhasa.
- british_held ? tibet:
    The British garrison in Lhasa is left alone, and the British notice that too.
- else:
    Tibet is left alone.
}
The Ma clique, which had expected to be attacked, begins to believe it will not be. By the end of April it has rebuilt a line along the Xibei border, and Japanese advisers have come back to Golmud. The front is strong, rested and still, and the satellites it beat are left to recover.
->->

= south
{
- soviet_held ? tibet:
    ~ soviets_take(dainkog)
    ~ tire_cavalry()
    ~ at_most(britain_relations, 50)
    The corps rides south onto the plateau and then east across it, by tracks the advisers in Lhasa have mapped, toward the mountains and river valleys of Dainkog. By the last week of April the leading squadrons are in the valleys of Dainkog with no British in front of them, and the viceroy's staff find Soviet cavalry on their maps where they had meant to be first.
- british_held ? tibet:
    ~ british_held -= tibet
    ~ tire_cavalry()
    ~ at_most(britain_relations, 50)
    The corps rides south onto the plateau and halts a day's march from the British garrison in Lhasa. Nobody fires. London, with no troops to spare for a quarrel with the Red Army, recalls its garrison to Gyantse. The Soviets do not go into Lhasa either. Tibet is left to the Tibetans, the horses that made the ride are left on the plateau, and the British remember it.
- else:
    ~ soviets_take(tibet)
    ~ tire_cavalry()
    ~ at_most(britain_relations, 50)
    The corps rides south onto the Tibetan plateau. It meets no Japanese, only thin air, cold and distance, which kill horses faster than any enemy. By the end of April Soviet squadrons are camped within sight of Lhasa, and the regent accepts Soviet protection against Japan, because it is offered by a man with a cavalry corps behind him. The British find Soviet cavalry on their maps of the approaches to India, and are not courteous about it.
}
Xibei is left alone. The Ma clique keeps its capital at Golmud and its Japanese advisers, and watches the Soviet corps ride away.
->->

= stalled
Early April 1943. The roads are drying, and the Central Asian front is where it was at Christmas, in front of the Japanese line at Altun Shan. # date: early April 1943
Every road east and south runs through the passes, and the passes are Japanese; there is no ride into Xibei. The cavalry spends April holding the line. {div_central_asia < 18:The front is thin, and its commander writes that it can hold and do nothing else.|The front is strong enough to hold, and no more.}
{soviet_held ? tibet:Stavka finds one use for the horses. A cavalry division goes round by the western tracks from Kashgar onto the Tibetan plateau, to stand behind the Soviet advisers in Lhasa; it is the only Soviet advance of the spring.}
~ rest_cavalry()
~ at_most(britain_relations, 50)
Beyond the passes the Ma clique keeps Xibei and Golmud, and the roads south stay with Japan's satellites. In Delhi the British conclude that they will have to win the war in western China by themselves.
->->

=== xibei_golmud ===
Golmud, the capital of the Ma clique, lies ahead: a road junction, an airfield, the clique's treasury and what is left of its reserves. The cavalry is at the end of its supply line, and its commander reports that he can take the city or go round it, not both. # date: mid-April 1943
The NKVD reports that some of the clique's commanders would change sides for guarantees: their titles, their lands, their lives. A client in Golmud would cost little to hold, and Tokyo could hardly call it a Soviet conquest.
The front's intelligence section has a third report. The mountains and river valleys of Dainkog, to the south, are still empty. {british_held ? yunnan:Beyond them the British are coming north; they have overrun most of Yunnan already, and they are moving fast.|Beyond them the British are still held in the Yunnan passes, but not for ever.} Whoever stands in Dainkog first, the section says, will be standing there when the map of western China is drawn. {cavalry_fresh <= CAVALRY_WORN:The horses have one more hard march in them, perhaps.|The horses could do it.} # decision: golmud
+ [Take Golmud #history] -> take
+ [Win over the Ma clique as a client] -> client
+ [Bypass it and race south for Dainkog] -> race

= take
~ soviets_take(golmud)
The cavalry closes on Golmud from three sides, and the rifle battalions following in lorries come up on the fourth. The clique's last reserves, caught in the open, surrender or scatter into the salt desert. # date: 23 April 1943
By 23 April 1943 Golmud, the Xibei capital, is in Soviet hands. The airfield is taken intact, and the clique's leaders are gone south with what they could carry.
It is a complete victory and a cheap one, and the front's staff say so in every signal. It also puts the Soviet squadrons on the road south, {british_held ? yunnan:where the British are coming north through Yunnan, and where nothing now lies between the two armies but the mountains of Dainkog.|toward the mountains of Dainkog and a Yunnan still held by Japan's satellites.}
->->

= client
~ japanese_held -= golmud
~ rest_cavalry()
The NKVD's go-betweens ride into Golmud under a white flag and ride out with an agreement. The clique's commanders keep their city, their titles and their treasury; in return they break with Tokyo, send the Japanese advisers home under escort, and promise to stay out of the war. # date: 23 April 1943
By 23 April 1943 Golmud belongs to nobody but the Ma family, which is what the Ma family has always wanted. The Soviet cavalry camps outside the walls and eats from the clique's granaries. Not a shot has been fired.
Tokyo calls it theft, in a formal note. Stavka's staff observe that a client is a client only while it is afraid, and that the Ma family has changed sides before.
->->

= race
~ soviets_take(dainkog)
~ tire_cavalry()
~ at_most(britain_relations, 50)
The cavalry leaves Golmud to its garrison and turns south, riding day and night for the mountains and river valleys of Dainkog and leaving its lame horses by the road. {cavalry_fresh <= CAVALRY_WORN:The ride nearly breaks the corps; men fall asleep in the saddle and out of it, and the missing are counted by the hundred.|The ride is hard, and the corps does it.} # date: 23 April 1943
By 23 April 1943 Soviet squadrons are watering their horses in the valleys of Dainkog. {british_held ? yunnan:The British, climbing north out of Yunnan, find the Red Army already there, and their liaison officers ask what became of the spirit of Delhi.|To the south the satellite garrisons of Yunnan watch the Soviet pickets on the crests; the British are still in the passes far beyond them.}
Behind the cavalry the Ma clique still sits in Golmud under Japanese protection, and twice in the last week of April it cuts the corps' supply road.
->->
