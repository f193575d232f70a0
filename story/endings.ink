=== epilogue ===
Manchuria remains tense. # ending: historical = Immortal is an Ample Word
-> END
