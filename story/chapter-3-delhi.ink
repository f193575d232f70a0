// Chapter III. Delhi
// Dates: early February 1943 (Yunnan joins Japan's satellites; the British secure the passes; the
//   Delhi summit; Guam seized on 4 February) and 8-18 February 1943 (the Altun Shan offensive).
// Decisions: yunnan-passes, delhi-summit, altun-shan-plan.
// Reads: soviet_held, div_central_asia, div_sent_west, britain_relations, intel_clarity, cavalry_fresh.
// Writes: the region LISTs (yunnan, tibet, altun_shan, east_sinkiang), losses, cavalry_fresh,
//   japan_strength, britain_relations, intel_clarity, japan_provoked, us_tilt.

=== chapter_three ===
Early February 1943. The answer to Sorge's riddle arrives from the south, and it is not the one Moscow feared most. Yunnan has folded. Under Japanese pressure its provincial government has joined the patchwork of satellite states that Tokyo keeps across China, and its roads now run under a flag Japan chose. # chapter: III. Delhi # date: early February 1943
~ japanese_take(yunnan)
With Siam still neutral, Yunnan gives the Japanese something they have wanted since 1941: a direct route toward India. The GKO reads the map the way every staff in Asia reads it this week. If Tokyo's next stroke is India, it will come down those valleys.
Then the British surprise everyone. Within days, units from North Burma are moving up into Yunnan, and before the Japanese can exploit their new satellite the main passes are in British hands. The road to India is shut, for now, by a few brigades that London could barely spare.
-> delhi_passes

=== delhi_passes ===
The Foreign Commissariat asks for a line. The British have marched into a Chinese province without asking anyone, and the Soviet Union, which has armies of its own in Chinese territory, must say something about it. # decision: yunnan-passes
The NKVD residency in Delhi reports that the move was improvised, that the British commanders expected to be overruled, and that they were not. {britain_relations >= 60:The British mission in Moscow has been unusually frank this winter, and says plainly that London would welcome a word of support.|The British mission in Moscow says nothing at all, which the Commissariat takes to mean that London expects criticism.} {intel_clarity >= 50:The intelligence services add that Japanese pressure on Tibet is growing: agents, money and promises, aimed at Lhasa.|There are rumours of Japanese agents on the road to Lhasa, nothing more.}
+ [Welcome the British move into Yunnan #history]
    ~ british_take(yunnan)
    ~ raise(britain_relations, 10)
    Moscow welcomes the British action in a note that uses the word "timely" twice. It costs nothing and it is noticed in London, where the Soviet Union has not lately been thanked for anything. In private the GKO notes that a British Yunnan is a better neighbour than a Japanese one, and a smaller prize than a Soviet one would have been.
+ [Protest at the British entry into China]
    ~ british_take(yunnan)
    ~ lower(britain_relations, 15)
    ~ lower(japan_provoked, 5)
    The note to London speaks of the sovereignty of China and the dangers of unilateral action. The British read it as it was meant: a claim that western China is not theirs to walk into. The passes stay in British hands all the same, and the relationship with London, never warm, cools further. Tokyo, reading the same note, is pleased to see its enemies quarrel.
+ [Send a mission to Lhasa instead]
    ~ british_take(yunnan)
    ~ raise(intel_clarity, 10)
    ~ lower(britain_relations, 10)
    Moscow says nothing about Yunnan and sends a small mission over the mountains to Lhasa, with gifts, a radio set and instructions to find out what the Japanese have been offering. The British notice, as they notice everything on the roads to India, and ask what a Soviet mission wants in Tibet. The answer, that it wants to know who else is there, satisfies nobody. The reports it sends back are the best Moscow has ever had from the plateau.
- -> delhi_summit

=== delhi_summit ===
An emergency Soviet-British summit is called in Delhi. The British want one thing above all: pressure on the Japanese satellites from the north, so that their own thin line in Yunnan is not the only thing standing between Japan and India. # date: early February 1943
Both delegations arrive worried about Tibet. Japanese pressure on Lhasa threatens India from the north-east and Sinkiang from the south; neither side says aloud that it would also like to be the one that Lhasa turns to. And behind every sentence lies a question nobody puts on the agenda: if Japan's satellites in western China collapse, who inherits what they leave?
The Central Asian front has said it can attack again in a week. The GKO must decide what the delegation in Delhi may promise, and what it must keep to itself. # decision: delhi-summit
+ [Promise to resume the offensive; keep the private aim to benefit #history]
    ~ raise(britain_relations, 5)
    ~ lower(japan_strength, 5)
    The Soviet delegation agrees to resume the offensive in Central Asia to relieve the pressure on the British. Both sides agree that Tibet must not fall to Japanese influence. The communiqué is warm and says very little. The delegation's instructions, which are not shown to the British, say a good deal more: if the satellites in western China collapse, the Soviet Union, not the United Kingdom, is to be the beneficiary.
+ [Offer a genuine partnership, with an agreed line]
    ~ raise(britain_relations, 20)
    ~ lower(japan_provoked, 5)
    The delegation puts a map on the table and proposes a line: Soviet responsibility north of the Kunlun, British south of it, and Tibet to be left to the Tibetans under the eyes of both. The British, who expected to be out-manoeuvred, are disarmed. The agreement is initialled in two days. Stavka grumbles that a line drawn in February may look generous by May.
+ [Demand a Tibetan sphere as the price of the offensive]
    ~ soviets_take(tibet)
    ~ lower(britain_relations, 20)
    ~ raise(japan_provoked, 5)
    The delegation names its price: a free hand in Tibet, with Soviet advisers in Lhasa and a Soviet road over the Kunlun. The British pay it, because they must, and hate it. By the end of the month Soviet officers are in Lhasa, the Tibetan government is sending its letters north, and the British mission in Moscow has become very formal indeed.
+ [Promise nothing]
    ~ lower(britain_relations, 20)
    ~ raise(japan_strength, 5)
    The delegation listens, takes notes, and promises to report to Moscow. The British understand that they are on their own in Yunnan. The Japanese understand it too, and move two more satellite divisions toward the passes. Stavka keeps its freedom of action, and its reserves, for whatever it decides to do with them.
- -> delhi_guam

=== delhi_guam ===
While the delegations talk in Delhi, Japan makes its second fateful choice. Tokyo has demanded that the United States accept the Philippines as part of the Co-Prosperity Sphere and evacuate its base at Guam. Washington refuses. # image: illustrations/guam-attack.svg = The Japanese attack on Guam
On 4 February 1943 the Japanese strike at Guam and seize the island in a matter of days. # date: 4 February 1943
So that was Sorge's decision: not India, not the Soviet Far East, but the United States. The GKO reads the news twice. Every Japanese ship and aircraft that goes east across the Pacific is one that will not be in China, and the satellites in the west have just lost the only power that could save them.
~ raise(intel_clarity, 10)
~ lower(japan_strength, 10)
-> altun_shan_february

=== altun_shan_february ===
Stavka turns back to Altun Shan. # date: 8 February 1943
{soviet_held ? altun_shan:
    The crest has been Soviet since December, bought at a price the front has not forgotten. What is left of the Japanese line lies beyond it, in the broken country of eastern Sinkiang, thin and short of everything now that Tokyo is looking east.
- else:
    The Japanese line at Altun Shan has stood all winter. It is thinner than it was in December; the fresh troops that stopped the last offensive have been bled by the winter and by the 45mm guns, and nothing has come to replace them since Guam.
}
The Central Asian front has {div_central_asia} divisions. {div_central_asia < 20:It is fewer than the plan was written for, and the front's staff say so in every signal.|It is enough, the front's staff say, if they are used all at once.} The cavalry divisions report themselves {cavalry_fresh >= 60:rested and ready to ride|fit for one hard operation, not two}. The front proposes three ways to keep the promise made in Delhi. # decision: altun-shan-plan
+ [A concentrated assault on the passes #history]
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ lower(japan_strength, 15)
    ~ lower(cavalry_fresh, 5)
    {div_central_asia < 20:
        ~ losses += 25
    - else:
        ~ losses += 15
    }
    The offensive at Altun Shan recommences on 8 February 1943. Every gun the front owns fires on the passes for two hours, and the rifle divisions go in behind the barrage. There is no finesse in it and there is no need for any. After 10 days of brutal fighting in the snow the Japanese and their satellite allies break, and then they are in full flight, east across Sinkiang, leaving their guns and their wounded. The front reports {losses} thousand lost in Central Asia since June 1941, and the whole of Sinkiang free.
+ [A cavalry envelopment through the mountains]
    ~ soviets_take(altun_shan)
    ~ soviets_take(east_sinkiang)
    ~ lower(japan_strength, 10)
    ~ lower(cavalry_fresh, 20)
    ~ losses += 5
    On 8 February 1943 the cavalry divisions leave the road and go up into the mountains, by goat tracks the Japanese had not thought worth guarding. Ten days later they come down behind the passes. The garrison at Altun Shan finds itself holding a line that faces the wrong way and leaves it at a run. The horses pay for the ride; the riflemen, for once, do not.
+ [Wait for the thaw]
    ~ raise(japan_strength, 10)
    ~ lower(britain_relations, 10)
    ~ raise(cavalry_fresh, 10)
    8 February 1943 passes quietly. Stavka judges that an offensive in the snow will cost more than the passes are worth, and orders the front to attack when the roads dry. The British, who were promised relief, hear that it will come in the spring, and draw their own conclusions. The Japanese use the month to dig.
    {soviet_held !? altun_shan:
        The spring attack, when it comes, finds the passes stronger than they were in February, and it fails.
        ~ losses += 15
    }
- -> chapter_four
