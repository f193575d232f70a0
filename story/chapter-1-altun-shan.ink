=== chapter_one ===
Di Hua is liberated and all of Sinkiang but the east is secured. # chapter: I. Altun Shan # date: late November 1942
The Japanese are building a line around Altun Shan. # image: illustrations/at-guns-altun-shan.svg = 45mm AT guns redeploying at Altun Shan
Fresh Japanese troops have come up, and losses are rising. # decision: suspend-offensive
* [Suspend the offensive #history]
    ~ lower(japan_strength, 5)
    The offensive is suspended on 12 December 1942. # date: 12 December 1942
* [Press on regardless]
    ~ losses += 12
    ~ lower(japan_strength, 12)
    The offensive goes on into the snow.
* [Fall back to a shorter line]
    ~ soviet_held -= west_sinkiang
    The front falls back.
- -> chapter_two
