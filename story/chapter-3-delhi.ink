// Chapter III. Delhi
// Dates: early February 1943 (Yunnan joins Japan's satellites, the British secure the passes, the
//   Delhi summit), 4 February 1943 (Japan seizes Guam), 8-18 February 1943 (the Altun Shan
//   offensive), late February 1943 (only when Stavka waits for the weather to break).
// Decisions: yunnan-passes, delhi-summit, altun-shan-plan.
// Reads: soviet_held (altun_shan), div_central_asia, div_sent_west, japan_strength, cavalry_fresh,
//   britain_relations, intel_clarity, far_east_readiness.
// Writes: the region LISTs (yunnan, tibet, altun_shan, east_sinkiang), losses, cavalry_fresh,
//   japan_strength, britain_relations, intel_clarity. The February offensive sets cavalry_fresh
//   outright (the horses rested or were spent) and japan_strength too: a victory leaves the
//   satellites in western China with nothing (0, never more than they had), a failure leaves
//   them strong (75), so that what the winter did to them matters only until then.
//   The summit sets britain_relations outright, too: what Delhi agreed is what London remembers.
// Flow: delhi_summit(lhasa) knows whether a mission went to Lhasa; delhi_guam(promised) and
//   delhi_offensive(promised) know whether Delhi was promised an offensive. Both are knot
//   parameters that live only inside this chapter; what lasts goes into the globals.
// Ends: ->-> (a tunnel from run_chapter_three in main.ink, which then goes on to
//   chapter_four in chapter-4-xibei.ink).

=== chapter_three ===
Early February 1943. For three weeks the GKO has tried to read Sorge's riddle: Japan has decided, but decided what? In the first days of February the answer seems to arrive from the south. # chapter: III. Delhi # date: early February 1943
Yunnan has folded. Squeezed all winter by Japanese envoys, Japanese money and Japanese divisions on its borders, the provincial government has joined the patchwork of satellite states that Tokyo keeps across China.
~ japanese_take(yunnan)
On the operations map it is one province painted a new colour. Its meaning is larger. With Siam still neutral and nobody else in the way, Yunnan gives Japan a road to India. <>
{
- intel_clarity >= 75:
    The NKVD, which has spent January watching the Japanese navy as it was told, does not believe it: the fleet is taking on fuel and stores for the Pacific, not for the Bay of Bengal.
- intel_clarity >= 50:
    The NKVD, which has spent January narrowing Sorge's question, reads the map the same way: India is the likeliest target.
- else:
    The NKVD, which has not been able to narrow Sorge's question at all, says only that India would fit.
}
Then the British do something nobody in Moscow expected of them. They move quickly. Units from North Burma are sent up into Yunnan, and before the Japanese can use their new road the main passes are held by British troops.
-> delhi_yunnan

=== delhi_yunnan ===
= briefing
The Foreign Commissariat needs a line for its ambassador in London. The Soviet Union keeps armies of its own on Chinese soil; when another power marches into a Chinese province, whatever Moscow says will be read in London, in Tokyo and in every satellite capital between.
The NKVD residency in Delhi reports that the move was improvised: a few brigades from North Burma, sent on the local commanders' authority and approved by London afterwards. They hold the passes and could not hold much more. <>
{
- britain_relations >= 75:
    The British mission in Moscow, friendlier this winter than at any time since 1941, asks openly for a word of support.
- britain_relations >= 50:
    The British mission in Moscow asks, carefully, how the Soviet government views the matter.
- else:
    The British mission asks nothing, which the Commissariat reads as London expecting criticism.
}
There is a third voice. {intel_clarity >= 50:The intelligence services report that Japan's pressure does not stop at Yunnan: agents and money are going up the roads to Lhasa, and the Tibetans are frightened enough to listen.|The intelligence services pass on rumours of Japanese agents on the roads to Lhasa, and cannot confirm them.} Tibet touches India on one side and Sinkiang on the other, and a small Soviet mission could leave Kashgar by the caravan tracks tomorrow. # decision: yunnan-passes
+ [Welcome the British move into Yunnan #history] -> welcome
+ [Protest the British entry into a Chinese province] -> protest
+ [Say nothing; send a mission to Lhasa] -> lhasa

= welcome
~ british_take(yunnan)
~ raise(britain_relations, 1)
Moscow welcomes the British action. The note to the Foreign Office calls it timely and resolute, and the Commissariat's drafters take care that it says nothing else.
It costs nothing, and London notices. The next telegrams from the British mission in Moscow are written in a warmer hand. Reassured that nobody in the north will make trouble, the British brigades go on from the passes into the province behind them, and the satellite garrisons of Yunnan, who joined Japan to be safe, find that they are not.
The GKO's own reasoning is written down for nobody outside the room. A British Yunnan is a better neighbour than a Japanese one, and a smaller prize than western China. If the satellites fall, the British may have Yunnan. The rest is another matter.
-> delhi_summit(false)

= protest
~ lower(britain_relations, 1)
The note to London speaks of Chinese sovereignty and of the Soviet Union's right to be consulted about changes along its borders. London reads it as it was meant: western China is not Britain's to walk into.
{far_east_sorge.bet_india:
    ~ british_take(yunnan)
    It comes too late. Warned by Moscow itself in January, the British had brigades waiting in North Burma, and by the time the note arrives they are through the passes and into the province behind them. London answers that it is only doing what Moscow's own warning advised. The British mission in Moscow becomes correct and distant.
- else:
    The British do not withdraw; the passes are the gate to India. But they take the warning. The brigades from North Burma are ordered to stop in the passes, and Yunnan itself, its towns and its roads, stays with Japan's new satellite. The British mission in Moscow becomes correct and distant.
}
Tokyo reads the same note with pleasure. Its newspapers quote it as proof that the Soviets and the British cannot agree on anything in Asia, and the Japanese ambassador in Moscow is, for once, almost cordial.
-> delhi_summit(false)

= lhasa
~ british_take(yunnan)
Moscow says nothing about Yunnan. Instead four officers leave Kashgar by the western caravan tracks with a radio set, gifts for the regent, and orders to learn what the Japanese have been offering Lhasa.
The British, with no word from Moscow either way, go on from the passes into the province behind them. They also notice the mission, as they notice everything on the roads to India, and ask what a Soviet party wants in Tibet. They are told that it wants to know who else is there.
The mission's signals, when they begin in the middle of the month, are the best Moscow has ever had from the plateau. The Japanese agents are real, the money is real, and the Tibetan government is frightened of everyone. The regent asks the Soviet officers, twice, what their country would do if the Japanese came.
-> delhi_summit(true)

=== delhi_summit(lhasa) ===
An emergency Soviet-British summit opens in Delhi. The Soviet delegation, a deputy commissar and two generals from Stavka's Asian section, flies in over the Hindu Kush. # date: early February 1943
The British want one thing: pressure from the north on Japan's satellites, so that their thin line in Yunnan is not all that stands between Japan and India.
Both delegations are worried about Tibet. If Japan's pressure on Lhasa succeeds, Japan will stand on the flank of India and the southern edge of Sinkiang at once. {lhasa:The British raise the Soviet mission on the road to Lhasa in the first hour, and do not let it drop.|Neither side says that it would also like to be the power Lhasa turns to.} Behind every sentence sits a question nobody has put on the agenda: if Japan's satellites in western China collapse, who inherits?
The Central Asian front signals that it can attack within the week. {soviet_held ? altun_shan:It has held Altun Shan since December.|The Japanese line at Altun Shan has stood since December, but the front thinks it thinner than it was.} The GKO must tell the delegation what it may promise, and what it keeps to itself. # decision: delhi-summit
+ [Promise to resume the offensive; keep the private aim to benefit #history] -> promise(lhasa)
+ [Offer a genuine partnership, with an agreed line] -> partnership(lhasa)
+ [Demand a Tibetan sphere as the price] -> sphere(lhasa)
+ [Promise nothing] -> nothing(lhasa)

= promise(mission)
~ britain_relations = 75
The Soviet delegation agrees to resume the offensive in Central Asia, to take the weight off the British in Yunnan. Both sides agree that Tibet must not fall under Japanese influence. The communiqué is warm and says very little.
The delegation's instructions, which the British do not see, say more. If the satellites in western China collapse, the Soviet Union, not the United Kingdom, is to be the beneficiary, and nothing is to be signed in Delhi that would stand in the way.
{mission:
    The British accept the mission in Lhasa as the price of the offensive, on the understanding that it is there to watch the Japanese. It is. It also watches the British.
- else:
    The British, pleased to have their offensive, do not ask what the Soviets intend afterwards.
}
Tokyo, which has its own ears in Delhi, will guess the substance soon enough.
-> delhi_guam(true)

= partnership(mission)
~ britain_relations = GAUGE_MAX
~ lower(japan_strength, 1)
{british_held !? yunnan:
    ~ british_take(yunnan)
    The brigades that stopped in the Yunnan passes after Moscow's protest are told by London to go on, now that Moscow asks them to, and they march into the province behind them.
}
The delegation puts its own map on the table and proposes a line: Soviet responsibility north of the Kunlun, British south of it, and Tibet left to the Tibetans under the eyes of both. The Soviet offensive will resume, and the British will push out of the passes in the same week, squeezing the satellites from both ends.
The British had come expecting to be outmanoeuvred, and they are disarmed. The line is initialled in two days. At Stavka some officers grumble that a line drawn in February may look generous to the British by May. The GKO answers that a line agreed is cheaper than a line fought for.
{mission:
    The mission in Lhasa becomes a joint one; a British officer comes up from Gyantse to join it.
- else:
    The Tibetans are told by both powers, in nearly the same words, not to listen to Japan.
}
-> delhi_guam(true)

= sphere(mission)
~ soviets_take(tibet)
~ britain_relations = GAUGE_MIN
The delegation names its price: a free hand in Tibet, Soviet advisers in Lhasa, a Soviet road over the Kunlun, and no British objection to any of it. The British argue for a day and a night. Then they pay, because this month they need the offensive more than they need Tibet, and they hate it.
{mission:
    The mission already in Lhasa becomes the Soviet presence there overnight. The regent, who had asked what the Soviet Union would do if the Japanese came, has his answer, and it is not quite the one he wanted.
- else:
    By the end of the month Soviet officers are in Lhasa, having come the long way round from Kashgar, and the Tibetan government has begun to send its letters north.
}
The Japanese agents on the plateau pull back east. In Delhi the viceroy's staff redraw their maps of the northern frontier with the Red Army on them.
-> delhi_guam(true)

= nothing(mission)
~ britain_relations = 25
~ raise(japan_strength, 1)
The delegation listens, takes notes, and promises to report to Moscow. It promises nothing else. The British understand that they are alone in Yunnan; within the week so do the Japanese, whose commanders at Altun Shan stop looking over their shoulders and bring their reserves forward.
{mission:
    ~ soviets_take(tibet)
    The British will not leave Tibet to chance. A column is ordered up from Gyantse, and the regent, who wants no foreign garrison, turns to the only other foreigners in his city. The Soviet mission is told by Moscow to say yes. By the end of February Tibet has asked for Soviet protection, and the British column halts in the passes.
- else:
    ~ british_take(tibet)
    The British will not leave Tibet to chance. Facing Japan's pressure on Lhasa alone, they send a column up from Gyantse with a political officer and a battalion of Gurkhas, and by the end of February Tibet has accepted British protection, because nobody else has offered any.
}
Stavka keeps its freedom of action, and its reserves.
-> delhi_guam(false)

=== delhi_guam(promised) ===
While the delegations argue in Delhi, Japan makes its second fateful choice. Tokyo's notes to Washington have ended in demands: the United States is to accept the Philippines into Japan's Co-Prosperity Sphere and evacuate its base at Guam. Washington has refused.
On 4 February 1943 Japanese forces strike at Guam. The small garrison is overwhelmed, and within days the island is Japan's. # date: 4 February 1943 # image: illustrations/guam-attack.svg = The Japanese attack on Guam
~ lower(japan_strength, 1)
So that was the decision Sorge reported: not India, not the Soviet Far East, but the United States. {intel_clarity >= 75:The NKVD had seen the Japanese navy's hand in it since late January, and is not surprised.|The GKO is surprised, and the NKVD more so; Yunnan, it seems, was a road kept open, not the road Japan meant to take.} {far_east_forward():The Far East command stays in its forward positions all the same; nobody trusts the quiet on the Amur that far.|The Far East command, braced for the worst in its winter quarters, is told that the worst has gone elsewhere, for now.}
// Guam answers the winter's question for everyone; what Moscow must read now is Tokyo's next move.
~ intel_clarity = 50
Every Japanese ship that goes into the Pacific is one that will not be in China, and the satellites in the west have lost the patron who could have saved them. {promised:In Delhi the British take the news with relief; the Soviet promise may cost less to keep than anyone expected.|In Delhi the British take the news as a reprieve, and note that it came from Tokyo's folly, not from Moscow.}
-> delhi_offensive(promised)

=== delhi_offensive(promised) ===
Stavka turns back to Altun Shan. The Central Asian front has set its attack for the morning of 8 February, and needs its orders. # date: 8 February 1943
{
- soviet_held ? altun_shan:
    ~ claim(altun_shan_december.press, "the passes were taken by pressing on in December")
    The passes have been Soviet since December. Beyond them the Japanese have built a new line across the roads into eastern Sinkiang, thinner than the old one and short of everything now that Tokyo is looking at the Pacific.
- not altun_shan_december:
    The Japanese line at Altun Shan has stood since the autumn, and nobody has tested it. {japan_strength >= 50:The Japanese have spent the winter digging it into the rock.|The cold and the 45mm guns have thinned the regiments that hold it, and since Guam nothing has replaced them.}
- japan_strength >= 50:
    The Japanese line at Altun Shan has stood all winter. It is stronger than in December: the fresh regiments that stopped the last offensive have dug into the rock.
- else:
    The Japanese line at Altun Shan has stood all winter. It is thinner than in December; the cold and the 45mm guns have bled the regiments that stopped the last offensive, and since Guam nothing has replaced them.
}
The front has {div_central_asia} divisions. <>
{
- div_sent_west > 0:
    {div_sent_west} more are on the German front, and its staff mention them in every signal. <>
- div_central_asia < 20:
    Others have gone to the Far East command, and the staff say the plan was written for more. <>
- altun_shan_winter.raids:
    It is the army that fought in December, worn thin by a winter of raiding. <>
- altun_shan_december:
    ~ claim(altun_shan_winter.dig_in, "the front rested through the winter")
    It is the army that fought in December, rested by the winter. <>
- else:
    It has not fought since the autumn. <>
}
{
- cavalry_fresh >= CAVALRY_FRESH:
    The cavalry divisions, rested and remounted, are ready to ride.
- cavalry_fresh > CAVALRY_WORN:
    The cavalry divisions are fit for one hard operation, not two.
- else:
    The cavalry report that half their horses would not survive the mountains in February.
}
The front commander wants a concentrated assault, every gun on the passes. The cavalry corps commander would go round, by high valleys the Japanese have not thought worth guarding. The General Staff would wait until the weather breaks and the depots are full. {promised:The British, it notes, were promised an offensive, not a date.|Nothing was promised in Delhi, it adds, so nothing is owed.} # decision: altun-shan-plan
+ [A concentrated assault on the passes #history] -> assault(promised)
+ [A cavalry envelopment through the mountains] -> envelop(promised)
+ [Wait for the weather to break] -> wait(promised)

= assault(kept)
{
- soviet_held ? altun_shan:
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 10
    The offensive recommences on 8 February 1943, from the passes the front already holds. The rifle divisions go down from Altun Shan onto the new Japanese line, which was built in a hurry and breaks in a hurry. After 10 days of hard fighting, which cost the front ten thousand men, the Japanese and their satellite allies are in full flight across eastern Sinkiang, leaving their guns and their wounded, and the pursuit ends only where the roads give out, on the edge of Xibei.
- japan_strength >= 50 || (div_central_asia < 18 && japan_strength >= 25):
    ~ japan_strength = 75
    ~ losses += 20
    The offensive recommences on 8 February 1943, into a line that has had two months to grow roots. For 10 days the rifle divisions batter at it. They take the first trench line and then the second, and lose both to Japanese regulars who were not supposed to be there. {div_sent_west > 0:The reserve that might have carried the last ridge is on the German front.|The reserve goes in on the eighth day and is not enough.} On 18 February the front commander reports that his divisions can do no more, and twenty thousand fewer men to do it with: a failure costs as much as a victory would have. Altun Shan is still Japanese.
- else:
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 20
    The offensive at Altun Shan recommences on 8 February 1943. Every gun the front owns fires on the passes, and the rifle divisions go in behind the barrage. There is no finesse in it, and no need for any. The fighting goes ridge by ridge, in cold that kills the wounded where they fall. {div_central_asia < 18:The front is too thin for the work and pays for it in every battalion.} After 10 days of it the Japanese and their allies break, and then they are in full flight, east across Sinkiang and out of it, leaving their guns and their wounded behind. The passes have cost twenty thousand men.
}
~ cavalry_fresh = CAVALRY_FRESH
{kept:The promise made in Delhi has been kept, and London says so.|Nothing was promised in Delhi; the British get their relief anyway.} The cavalry, which the assault did not need, has spent February at rest.
->->

= envelop(kept)
{
- soviet_held ? altun_shan && cavalry_fresh <= CAVALRY_WORN:
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 10
    On 8 February 1943 the cavalry divisions ride out of the passes into the high valleys, on horses the front knew were not fit for it. They come down behind the Japanese line four days late and half their strength, and by then the rifle divisions, sent forward to hold the enemy's attention, have had to break the line themselves, at the price of a frontal assault. After 10 days eastern Sinkiang is clear, and the enemy falls back toward Xibei in fair order. The envelopment has cost the horses and the riflemen both: ten thousand men, and the cavalry's last fit mounts.
- soviet_held ? altun_shan:
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    On 8 February 1943 the cavalry divisions ride out of the passes, not down the roads toward the new Japanese line but up into the high valleys north of it. A week later they come down behind the line, onto its depots and its one road. The garrisons find themselves facing the wrong way, and their satellite allies do not wait to be told what that means. After 10 days eastern Sinkiang is clear and the enemy is in flight toward Xibei. The horses pay for it; the riflemen, for once, do not.
- cavalry_fresh > CAVALRY_WORN:
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 10
    On 8 February 1943 the cavalry divisions leave the road and go up into the mountains by goat tracks and frozen stream beds, while the rifle divisions make enough noise in front of the passes to keep the garrison looking the right way.
    Ten days later the cavalry comes down behind Altun Shan. The garrison finds itself holding a line that faces the wrong way, and leaves it at a run, and the whole of eastern Sinkiang falls to the pursuit. It has cost the rifle divisions ten thousand men, half what an assault on the passes would have, and the horses have paid a bill of their own: it will be weeks before the cavalry can ride like that again.
- else:
    ~ japan_strength = 75
    ~ losses += 20
    On 8 February 1943 the cavalry divisions go up into the mountains on horses that were not fit for it, and the front knew it. On the third day a blizzard closes the high valleys. The squadrons lose their way, then their pack animals, then a third of their mounts, and ten days later they come down on foot, leading what horses they have left, into Japanese positions warned by the stragglers. Altun Shan is still Japanese, and the cavalry corps is a corps in name. The failure has cost twenty thousand men, as many as a victory would have.
}
~ cavalry_fresh = CAVALRY_WORN
{kept:The British, who were promised an offensive, have had one, whatever they make of it.|The British, who were promised nothing, watch with interest.}
->->

= wait(kept)
~ cavalry_fresh = CAVALRY_FRESH
{kept:
    ~ at_most(britain_relations, 50)
}
8 February 1943 passes quietly at Altun Shan. Stavka gives the front until the weather breaks to fill its depots and rest its horses. {kept:The British, who were promised an offensive, ask in writing whether the Soviet word has a date on it.|The British, who were promised nothing, are not surprised.}
The Japanese use the fortnight too, for wire, for Japanese officers in the satellite battalions, for deeper gun pits. When the weather breaks in the last week of the month, the front attacks. # date: late February 1943
{
- soviet_held ? altun_shan:
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 10
    From the passes it already holds, the rested front comes down onto the new Japanese line on roads dry enough for the guns. The enemy has had time to thin out, and the rearguards it leaves cost the front ten thousand men. Eastern Sinkiang is cleared by the end of the month, but the Japanese leave it in good order, with their guns, and there is no rout to pursue.
- japan_strength <= 25:
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 20
    The attack goes in with full depots and fresh cavalry, and needs both. The passes fall after a week, at a cost of twenty thousand men, and the Japanese fall back across eastern Sinkiang in rearguard actions until the province is clear. They are beaten, but not in flight; they have had time to decide where to go.
- else:
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ japan_strength = 0
    ~ losses += 20
    The attack goes in with full depots and fresh cavalry, into a line that has had a fortnight more to harden, and the fortnight's preparation is what carries it. The wire is cut by guns that have shells for once; the passes fall on the ninth day, and eastern Sinkiang after them. It costs twenty thousand men, as the assault the front had wanted would have, a fortnight later.
}
Since June 1941 the war in Asia has cost the front {losses} thousand dead and wounded.
->->
