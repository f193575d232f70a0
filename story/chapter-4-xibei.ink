=== chapter_four ===
The war goes on. # chapter: Chapter 4
-> chapter_five
