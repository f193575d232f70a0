// Endings
// Dates: May 1943, with the first weeks of summer 1943 for the two endings in which the war opens.
// Decisions: none. `epilogue` chooses one of eight endings from the state the run built up.
// Reads: soviet_held, british_held, japanese_held, losses, div_central_asia, div_far_east,
//   div_sent_west, far_east_readiness, japan_strength, japan_provoked, britain_relations, us_tilt,
//   intel_clarity.
// Writes: the region LISTs only, for the final map: far_east to Japan in the worst of the blow in the
//   east, manchuria to the Soviets in the best of the first shot.
// The order of the tests in `epilogue` is deliberate, and the first that holds wins:
//   1. far_east_struck  readiness 50 or less (half awake at best) while Tokyo is provoked to 75 or
//                       more: Japan moves first (a Soviet strike ordered from so weak a command
//                       only hastens it).
//   2. first_shot       Tokyo provoked to 100 (only a Soviet decision to strike gets it there), with
//                       the Far East command in its forward positions since the alert of January.
//                       A strike ordered from the winter quarters at a good readiness is still being
//                       assembled when the run ends: the endings below say so (war_question).
//   3. west_first       6 divisions sent to the German front (three in November, three in winter).
//   4. ample_peace      an understanding sought in May, and signed: Tokyo held no grievance (no sunk
//                       convoy, no shipping secrets given to Washington), and its temper is now nil.
//   5. line_alone       Altun Shan not in Soviet hands.
//   6. red_yunnan       the Soviets hold Yunnan.
//   7. historical       Golmud taken, or the front consolidated at Altun Shan: the war as it
//                       stands, the seed's own ending.
//   8. door_shut        everything else: Golmud never taken, the cavalry gone past it or south,
//                       the gate to western China shut by the British in Dainkog or by the clique.
// So that the last order does not pick the ending alone, every ending hangs on earlier orders too:
// the alert and Sorge's bets (the forward positions), the two orders that send divisions west, the
// grievances Tokyo will not forgive, the Yunnan passes and Delhi (whether the British went into Yunnan),
// Golmud and the race for Dainkog.

// Where the Soviet front in the west ends, as a place: "no further than Xibei", "from Xibei".
=== function where_the_soviet_front_stops()
{
- soviet_held ? golmud:
    ~ return "Golmud"
- soviet_held ? xibei:
    ~ return "Xibei"
- soviet_held ? tibet:
    ~ return "the Tibetan plateau"
- else:
    ~ return "Altun Shan"
}

// Where the British stand in the south, after "the British": "the British in Dainkog".
=== function where_the_british_stand()
{
- british_held ? dainkog:
    ~ return "in Dainkog"
- british_held ? yunnan:
    ~ return "in Yunnan"
- else:
    ~ return "in the Yunnan passes"
}

// The GKO's question in May, in the words of an ending in which the war has not opened: a
// strike ordered from the winter quarters is still being assembled when the run ends.
=== function war_question(open_question)
{manchuria_gko.strike:
    ~ return "The GKO has answered half of its question: the Soviet Union will begin the war. The offensive ordered in May is being assembled on the Amur from divisions that spent the winter in their quarters, and it will not be ready before the autumn; Tokyo watches it grow and has not dared to strike first."
- else:
    ~ return open_question
}

=== epilogue ===
{
- far_east_readiness <= 50 && japan_provoked >= 75:
    -> ending_far_east_struck
- japan_provoked >= 100 && far_east_forward():
    -> ending_first_shot
- div_sent_west >= 6:
    -> ending_west_first
- manchuria_gko.understanding && japan_provoked <= GAUGE_MIN:
    -> ending_ample_peace
- soviet_held !? altun_shan:
    -> ending_line_alone
- soviet_held ? yunnan:
    -> ending_red_yunnan
- soviet_held ? golmud || xibei_cavalry.consolidate:
    -> ending_historical
- else:
    -> ending_door_shut
}

=== ending_historical ===
At the end of May 1943 the war in Asia stands still, and nobody in Moscow mistakes the stillness for peace. # ending: historical = Immortal is an Ample Word # date: late May 1943
{soviet_held ? golmud:
    ~ claim(xibei_golmud.take, "Golmud was taken on 23 April")
    Golmud, taken on 23 April, is a Soviet garrison town. The cavalry that took it is resting at last, and the Xibei San Ma clique is a name in old intelligence summaries.
- else:
    Golmud was never taken. The Soviet front in the west reaches no further than {where_the_soviet_front_stops()}, and the Xibei San Ma clique still counts its chances.
}
{
- british_held ? dainkog:
    To the south, the British sit in the river valleys of Dainkog, and their outposts are close enough to the Soviet pickets that the two armies can hear each other's bugles.
- soviet_held ? dainkog:
    To the south, Soviet squadrons hold the river valleys of Dainkog, and look down on a Yunnan that is not theirs.
- british_held ? yunnan:
    To the south, the valleys of Dainkog lie empty between the two armies, a no man's land that both of them keep, so far.
- else:
    To the south, the valleys of Dainkog lie empty; the British are still in the Yunnan passes, and Japan's satellites hold the province between.
}
{soviet_held ? xibei:The Soviet Union holds Sinkiang and Xibei|The Soviet Union holds Sinkiang}{british_held ? yunnan:, Britain holds Yunnan}; {japan_strength <= 25:Japan's satellites in western China have shrunk to a rump that nobody is hurrying to finish.|Japan's satellites in western China are beaten but not finished, and nobody is hurrying to finish them.}
~ claim(soviet_held ? east_sinkiang, "the Soviet Union holds all of Sinkiang")
The Soviet losses in Central Asia since June 1941 stand at {losses} thousand. {div_central_asia} divisions remain on that front; {div_far_east} have gone back to the Far East command, and {div_sent_west > 0:{div_sent_west} to the German front|none to the German front}. {britain_relations >= 75:Relations with London are better than they have any right to be, given what each side privately intends.|Relations with London are correct and cold; each side knows what the other privately intends.}
In the Pacific, the Americans hold Saipan and Truk and the Japanese hold Guam, and neither navy shows any wish to change that. The stalemate suits Moscow. It keeps the Japanese fleet looking east and the Japanese armies in China short of everything. {us_tilt >= 75:The price is an America that leans further toward Berlin every month, and that will matter one day.|Washington's drift toward Berlin has slowed, though it has not stopped.}
Manchuria remains tense. {far_east_forward():The Far East command has been at its forward positions since 18 January and will stay there through the summer.|The Far East command has {readiness_words()}, and is not yet as prepared as it needs to be.} {intel_clarity >= 75:Moscow reads Tokyo's intentions more clearly than at any time in the war, and what it reads is not reassuring.|What Tokyo intends, Moscow cannot say for certain.}
{war_question("The GKO has made its judgement and recorded it: open war with Japan is inevitable. The only questions left are when, and which side will begin it.")} Until then the Soviet Union waits, with its divisions in place, its trains running east at night, and its diplomats talking about fisheries.
It is not victory and it is not peace. It is time, bought by the month. For a country fighting for its life in the west, time is an ample word; nobody in the room calls it immortal.
-> END

=== ending_far_east_struck ===
The blow falls in the first days of summer, along the Ussuri and across the Amur, exactly where the Far East command was not ready to meet it. # ending: far_east_struck = The Blow in the East # date: June 1943
{japan_provoked >= 100:Tokyo had watched the Soviet trains go east all May and counted them correctly. The Kwantung Army decided that if the war was coming anyway it would be fought on Japanese terms, and struck before the Soviet offensive being assembled against it was ready.|Tokyo had decided that the Soviet Union was the enemy that mattered. The Pacific war was stalled, the armies in China were beaten, and the Kwantung Army was the only weapon Japan had left. It chose to use it while the Soviet Far East was still half asleep.}
{intel_clarity >= 75:The warning came. The NKVD's sources in Japan reported the decision, and the GKO read it clearly, but readiness cannot be ordered into existence in a fortnight.|There was no useful warning. The sources that had served so well in the winter said nothing Moscow could act on in time.} {far_east_readiness >= 75:The divisions were massed on their start lines for an offensive, not dug in to meet one, and the Japanese went through them in two days.|The forward positions were held in June by understrength divisions, and the Japanese broke through them in two days.}
{div_far_east <= 4:
    ~ japanese_take(far_east)
    By the end of June the Maritime Province is cut off. Vladivostok holds, besieged and supplied by sea and air; Khabarovsk is under shellfire; the railway to the Pacific is cut in three places. The Far East command's map is Japanese colours from the Ussuri to the sea.
- else:
    By the end of June the front has been stopped short of the railway, at a terrible cost. Vladivostok is shelled but not surrounded, and the Far East command, fighting on its own ground, has begun to recover its balance.
}
The {div_far_east} divisions that came back from Central Asia fought well, and were not enough. In the west, {soviet_held ? golmud:the garrison of Golmud|the Central Asian front} is stripped to feed the east, and the British {where_the_british_stand()} watch the Soviet columns march north with an interest that is not entirely sympathetic.
{us_tilt >= 75:Washington, leaning toward Berlin, does nothing, and says so.|Washington, still at war with Japan after its fashion, sends messages of sympathy and nothing else.} {britain_relations >= 75:London offers what it can, which is little.|London offers nothing, and nobody in Moscow expected it to.}
In Moscow the GKO sits every night. The losses in Central Asia, {losses} thousand since June 1941, were the figure everyone at Stavka watched all winter; nobody mentions them now. {soviet_held ? golmud:The victories of April, Golmud and the ride into Xibei, read like news from another war.|Whatever was won or lost in western China reads like news from another war.}
The Soviet Union is now at war on two fronts, the thing every plan since 1941 had been written to prevent. The GKO had judged that war with Japan was inevitable. It had been right about that. It had been wrong about the time, and about which side would choose it.
-> END

=== ending_first_shot ===
The Soviet offensive into Manchuria opens before dawn on a summer morning in 1943, on three axes, along a front of thousands of kilometres. # ending: first_shot = The First Shot # date: summer 1943
The decision was taken in May and never reversed. Tokyo saw it coming, as Tokyo was bound to; it did not have the time to do anything about it. {intel_clarity >= 75:The intelligence services had told the GKO exactly where the Kwantung Army was thin, and the axes were drawn through those places.|The intelligence picture was poorer than Stavka would have liked, and the first days cost more than the plan allowed.}
{far_east_readiness >= 100:
    ~ soviets_take(manchuria)
    The Far East command had spent the spring filling its depots and rehearsing this very operation, and it shows. The frontier armies of the Kwantung Army are broken in the first week. Within a month the Soviet tank brigades are on the Manchurian plain, Harbin has fallen, and what is left of the Kwantung Army is falling back toward Korea.
- else:
    The Far East command is ready enough to attack but not ready enough to win quickly. The frontier fortifications hold for weeks; the advance toward Harbin becomes a slow grind through the hills, and Manchuria is contested ground rather than a conquest. By the end of the summer the casualty lists from the Manchurian hills are longer than any the Central Asian front ever sent.
}
{japan_strength <= 25:In western China the satellite armies, already beaten, lose the last of their nerve when the news from Manchuria reaches them, and whole garrisons surrender without being asked.|In western China the satellite armies, cut off from Tokyo's help for good, fight on out of habit and little else.} {british_held ? dainkog:The British in Dainkog watch the Red Army's back turn toward them and make no move; it is not their war, yet.|Along the Dainkog mountains nothing moves at all.}
The world is told that the Soviet Union acted in self-defence against a Japan that had been at war with it in China, in all but name, since 1941. {us_tilt >= 75:Washington does not believe it. The American press calls the offensive Bolshevik aggression, and the voices that want an understanding with Berlin grow louder and more respectable.|Washington, still at war with Japan after its fashion, says very little and seems quietly relieved.} {britain_relations >= 75:London, which has its own war with Japan's satellites in Yunnan, sends congratulations in careful language.|London, which was not consulted, sends a note asking what the Soviet Union intends to do with Manchuria once it has it.}
In the west, {soviet_held ? golmud:Golmud and Xibei are held by garrisons|the Central Asian front is held by garrisons}; {div_central_asia} divisions remain there, and the rest have gone east. The losses in Central Asia, {losses} thousand since June 1941, will soon look small beside the new ones in Manchuria.
The GKO had judged that open war with Japan was inevitable, and that the only questions were when and who would begin it. It answered both. Whether it answered them well will be argued for as long as anyone remembers the war.
-> END

=== ending_west_first ===
In the end the war in Asia is decided by the trains that leave it. # ending: west_first = The German Front First # date: late May 1943
Since the winter, {div_sent_west} divisions have gone from the Central Asian front to fight Germany, with their guns, their lorries, and the experienced officers who had learned how to fight Japan's satellites in the mountains. On the German front they are one reinforcement among many, welcome and soon absorbed. In Asia their absence is felt everywhere.
{soviet_held ? altun_shan:The front holds Altun Shan, but with garrisons rather than an army, and nobody at Stavka speaks any more of clearing the rest of western China.|Altun Shan was never retaken. The front stands where the winter left it, in the foothills, and nobody at Stavka speaks any more of clearing the rest of Sinkiang.} {soviet_held ? golmud:Golmud is Soviet, but held by a thin screen that the Ma clique probes every night, and everything south of it is there for the taking.|Xibei and its capital were left to the Ma clique, and everything south of them is there for the taking.}
Whoever wants it, in May 1943, is Britain. Its columns stand {where_the_british_stand()}, and London's officers in western China now speak of a British sphere that would run from Burma to the Tibetan plateau. {britain_relations >= 75:London is friendly about it, and grateful for the divisions that went west; friendship costs nothing when the other side has already withdrawn.|London is polite about it. It has no reason to be anything else.}
The Far East command, meanwhile, has {div_far_east} divisions returned from Central Asia and {readiness_words()}. {far_east_readiness >= 75:It is enough to make Tokyo think twice.|It is not enough, and Tokyo knows it.} {war_question("Manchuria remains tense; the GKO still judges that war with Japan is inevitable and has chosen to meet it, when it comes, with whatever the German front can spare. That is very little.")}
{us_tilt >= 75:In Washington, drifting toward Berlin, the Soviet withdrawal from Asia is read as weakness, and welcomed.|In Washington the Soviet withdrawal from Asia is noted and not understood.} In the Pacific, nothing changes: Guam stays Japanese, Saipan and Truk stay American, and neither side wants more.
The reasoning is sound. The war will be won or lost against Germany, and every bullet sent to Asia was one less for the main front. The losses in Central Asia stop growing at {losses} thousand. Stavka's staff officers, reading the reports from Yunnan and Dainkog, agree that the decision was correct, and some of them wonder aloud what it will cost after the war.
-> END

=== ending_ample_peace ===
At the end of May 1943 a Soviet and a Japanese delegation initial a fisheries convention in Tokyo. Nobody pretends that fish are the point. # ending: ample_peace = An Ample Peace # date: late May 1943
Behind the convention sits an understanding that neither government will write down: no war in Manchuria this year, and perhaps not next year either. The Kwantung Army's frontier patrols grow quiet. The Japanese press stops calling the Soviet Union the hidden hand behind every setback in China. {intel_clarity >= 75:The intelligence services, reading Tokyo more clearly than at any time in the war, report that the Japanese mean it, for now.|The intelligence services cannot say whether the Japanese mean it, and say so.}
The GKO has not changed its judgement. It still holds that war with Japan is inevitable. What it has bought is the right to choose the moment, and the months in which to make the Far East ready for it. {far_east_readiness >= 75:The Far East command, even with part of its strength back in its summer camps, remains strong enough to give Tokyo every reason to keep its word.|The Far East command, drawn back from the frontier as a token of good faith, uses the quiet to rebuild what the winter wore down.}
In the west, the understanding changes everything. {soviet_held ? golmud:Golmud and Xibei are Soviet,|The Central Asian front holds Sinkiang,} {soviet_held ? dainkog:and the squadrons in Dainkog are left alone by everyone.|and the front has gone quiet.} Japan, having made its peace in the north, has no more wish to fight for its satellites than Moscow has to finish them. {div_central_asia >= 10:Divisions begin to leave the Central Asian front for the German one, the first of many.|The Central Asian front, already thin, is thinned further.}
{britain_relations >= 75:London is uneasy. It had counted on the Soviet Union to keep Japan busy in the north, and it asks pointed questions about what exactly was agreed in Tokyo.|London is alarmed. It sees a Soviet-Japanese deal as the thing it feared most, and says so in language it has not used since 1941.}
{
- us_tilt >= 75:
    Washington, leaning toward Berlin, takes the convention as proof that Moscow and Tokyo were never really enemies.
- us_tilt <= 25:
    Washington, which Moscow had courted all spring, takes the convention badly and asks what the courtship was worth.
- else:
    Washington takes the convention calmly; it has its own quiet war with Japan to neglect.
}
In the Pacific, the Americans and the Japanese go on not fighting each other over Saipan, Truk and Guam. {japan_strength <= 25:In western China the satellites that Japan can no longer afford to help are left to make their own terms with whoever stands nearest.|In western China Japan's satellites, freed from the fear of a Soviet offensive, dig in and wait.}
The losses in Central Asia stand at {losses} thousand and, for the first time since June 1941, are not rising. The peace is not immortal; nobody in the Kremlin thinks it is. It is ample, which in May 1943 is enough.
-> END

=== ending_line_alone ===
Altun Shan was never retaken. At the end of May 1943 the Soviet front in western China runs through the same foothills it ran through at Christmas, and it faces the same Japanese line. # ending: line_alone = The Line Holds, Alone # date: late May 1943
The line holds. That is all it does. The Japanese and their satellites, who could not break it in the winter, do not try in the spring; they have Britain to think about. {div_central_asia} divisions sit in front of Altun Shan and tie down a Japanese force of about the same size, which is what the line was always for.
The war everyone is watching is further south. {british_held ? yunnan:The British, who came up from North Burma into Yunnan in February,|The British, who hold North Burma and the road to India,} are fighting Japan's satellites alone. {british_held ? dainkog:They have reached Dainkog,|They have pushed as far as their supply lines allow,} and they have done it without the Soviet breakthrough they had hoped for since Delhi. {britain_relations >= 75:London has been generous about it in public. In private, the British staff have stopped counting on Soviet help for anything.|London has stopped pretending. A note that reaches the Foreign Commissariat in May calls the Delhi conversations a dead letter.}
{japan_strength >= 50:Japan's satellites in western China are still strong enough to fight on two fronts, and Stavka's intelligence summaries say they are being reinforced.|Japan's satellites are weaker than they were, but the weakness is Britain's doing, and Britain will have the credit and the spoils.}
Manchuria remains tense. The Far East command has {div_far_east} divisions back from Central Asia and {readiness_words()}. {far_east_readiness >= 75:If the war in the east comes, the Far East command will at least meet it standing.|If the war in the east comes, the Far East command will not be ready for it.} {war_question("The GKO judges that open war with Japan is inevitable; it cannot yet say when, or who will begin it.")}
{us_tilt >= 75:In Washington, which is drifting toward Berlin, the Soviet failure at Altun Shan is cited as proof that the Red Army is weaker than it looks.|In Washington the Soviet stalemate at Altun Shan attracts no notice at all; the Americans have their own stalemate in the Pacific.}
The losses in Central Asia stand at {losses} thousand. The front is stable, the cost has stopped rising, and the Soviet line in western China has not moved since the winter. Some at Stavka call that a success. Others remember what was meant to be won, and say nothing.
-> END

=== ending_red_yunnan ===
By the end of May 1943 the red flag flies over the towns of Yunnan, and the map of western China has been redrawn in Moscow's favour. # ending: red_yunnan = Red Banners over Yunnan # date: late May 1943
The Soviets got there first. From {where_the_soviet_front_stops()}, the cavalry rode south through the mountains faster than anyone in London thought horses could go, while the British, told in February that Yunnan was not theirs to walk into, waited in the passes. In Yunnan the satellite garrisons opened their gates to the first Soviet officer who asked, and the province that Japan had swallowed in February is now a Soviet zone.
The aim Moscow has carried since the winter has been achieved: Japan's satellites in western China have collapsed, and it is the Soviet Union that has benefited. The cost is {losses} thousand casualties in Central Asia since June 1941 and a cavalry arm that will need a year to recover.
{britain_relations >= 50:London has swallowed its anger. The British are short of troops everywhere and cannot afford a quarrel, and a joint commission is discussing a line that both sides privately know will be the line the armies already hold.|London has not swallowed its anger. The British ambassador delivers a note that uses the word betrayal, and British reinforcements are moving up from Burma to the Yunnan frontier. Nobody fires. Nobody stands down, either.} {us_tilt >= 75:In Washington the Soviet advance is printed on the newspapers' maps in the same red as Japan's, and the voices that want an understanding with Berlin point to it as proof.|In Washington the advance is noted, with less alarm than Moscow had feared.}
{japan_strength <= 25:Japan, beaten in the south and stalled in the Pacific, has nothing left in western China to answer with.|Japan still has armies in China, but none of them stands between the Red Army and the south any more.} In the Pacific, the Americans and the Japanese still face each other across Saipan, Truk and Guam, and still do nothing about it.
Manchuria remains tense. {far_east_forward():The Far East command is at its forward positions and ready.|The Far East command is not as ready as it should be, and Tokyo, humiliated in the south, may want its revenge in the north.} {war_question("The GKO judges that open war with Japan is inevitable; the only questions are when and who will begin it.")} It has a strong hand in the west to play when that moment comes.
At the front, a Soviet cavalry colonel has his photograph taken under a satellite regiment's captured banner. It runs in Pravda with the caption Red banners over the south. Stavka does not correct it.
-> END

=== ending_door_shut ===
{british_held ? dainkog:
    At the end of May 1943 the British hold the gate to western China, and they have closed it. # ending: door_shut = The Door Shut # date: late May 1943
    British brigades sit in the river valleys of Dainkog, their outposts on the northern crests, and London has begun to speak in public of its responsibility for order in the lands between Burma and the Kunlun. <>
- else:
    At the end of May 1943 the gate to western China is shut, and the Soviet Union is on the wrong side of it. # ending: door_shut = The Door Shut # date: late May 1943
    {soviet_held ? dainkog:Soviet squadrons sit in the river valleys of Dainkog, at the end of a supply road longer than any the Red Army keeps open in Asia, with the Ma clique's Golmud on its flank.|The river valleys of Dainkog are empty, and nobody in Moscow can say when Soviet squadrons will see them.} <>
}
{
- british_held ? tibet:
    Lhasa has accepted British advisers and a British garrison, and calls it friendship. <>
- soviet_held ? tibet:
    Lhasa has Soviet advisers, and a long way home for anyone who would reinforce them. <>
- else:
    Lhasa, watching the armies on every side of it, is deciding which of its neighbours to fear less. <>
}
{british_held ? yunnan:Yunnan is a British zone.|Yunnan is still in Japanese hands, for now.}
~ claim(not xibei_golmud.take, "Golmud was never taken")
Golmud was never taken: {japanese_held ? golmud:it is in the hands of the Ma clique and its Japanese patrons|it belongs to the Ma clique, which has changed sides before}, and the Soviet front reaches no further than {where_the_soviet_front_stops()}. Beyond it lie lands the Red Army might have held, and now will not, unless it is prepared to fight {british_held ? dainkog:the British|the clique and the satellites behind it} for them.
It is not. <>
{
- british_held ? dainkog && britain_relations >= 75:
    London has been friendly throughout, and the friendship makes the loss harder to argue about: the British kept to everything agreed in Delhi and simply took what was left in front of them. <>
- british_held ? dainkog:
    London has been cool throughout, and now it has no reason to be anything else; it holds what it wanted and owes Moscow nothing. <>
- else:
    The cavalry that might have taken Golmud in April is spent, and nobody at Stavka proposes to send it back up the road it came down. <>
}
The aim Moscow has carried since the winter, that the collapse of Japan's satellites should benefit the Soviet Union and not Britain, has {british_held ? dainkog:failed|come to a road nobody can use}.
The losses in Central Asia since June 1941 stand at {losses} thousand, with {div_central_asia} divisions left on that front and {div_far_east} returned to the Far East. {far_east_readiness >= 75:Whatever was lost in the west was bought back, in part, in the east: the Far East command is ready.|The Far East command is no more ready than it was, so the door was shut for nothing.}
{war_question("Manchuria remains tense. The GKO still judges that open war with Japan is inevitable, and that the only questions are when and which side will start it.")} {us_tilt >= 75:Washington, drifting toward Berlin, watches with satisfaction as the Soviet Union is fenced in from the south.|Washington takes little notice.}
{
- british_held ? dainkog && britain_relations < 50:
    On the Dainkog front the British outposts are wired and mined on the side that faces north, and their officers no longer come across for cigarettes.
- british_held ? dainkog:
    On the Dainkog front the British officers still come across for cigarettes, and they are careful to be generous.
- else:
    On the road south of Golmud the clique's horsemen come out at dusk, and the Soviet convoys have learned to move by day.
}
In the Foreign Commissariat, a young official draws the line where the Red Army stopped on the map of western China, in blue pencil, and pins it to the wall. It stays there a long time.
-> END
