<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el_GR">
<context>
    <name>CaseModelCheck</name>
    <message>
        <source>its file %1 is missing</source>
        <translation>το αρχείο του %1 λείπει</translation>
    </message>
    <message>
        <source>the case records no SHA-256 of %1, so it cannot be checked</source>
        <translation>η υπόθεση δεν καταγράφει SHA-256 του %1, οπότε δεν μπορεί να ελεγχθεί</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 differs from the case&apos;s (the file was changed or replaced)</source>
        <translation>το SHA-256 του %1 διαφέρει από αυτό της υπόθεσης (το αρχείο άλλαξε ή αντικαταστάθηκε)</translation>
    </message>
</context>
<context>
    <name>ColorMaps</name>
    <message>
        <source>Jet (rainbow, as in the reports)</source>
        <translation>Jet (ουράνιο τόξο, όπως στις αναφορές)</translation>
    </message>
    <message>
        <source>Turbo (rainbow, even brightness)</source>
        <translation>Turbo (ουράνιο τόξο, ομοιόμορφη φωτεινότητα)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (κατάλληλο για αχρωματοψία)</translation>
    </message>
    <message>
        <source>Inferno (colour-blind safe)</source>
        <translation>Inferno (κατάλληλο για αχρωματοψία)</translation>
    </message>
    <message>
        <source>Magma (colour-blind safe)</source>
        <translation>Magma (κατάλληλο για αχρωματοψία)</translation>
    </message>
    <message>
        <source>Hot (black, red, yellow, white)</source>
        <translation>Hot (μαύρο, κόκκινο, κίτρινο, λευκό)</translation>
    </message>
    <message>
        <source>Bone (grey, prints well)</source>
        <translation>Bone (γκρι, τυπώνεται καλά)</translation>
    </message>
</context>
<context>
    <name>DialogCaseChooser</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Μη αποθηκευμένες αλλαγές</translation>
    </message>
    <message>
        <source>The workbench holds explanations or evaluations that are in no case file yet. Save them before starting a new case?</source>
        <translation>Ο πάγκος εργασίας περιέχει εξηγήσεις ή αξιολογήσεις που δεν βρίσκονται ακόμη σε κανένα αρχείο υπόθεσης. Να αποθηκευτούν πριν ξεκινήσει νέα υπόθεση;</translation>
    </message>
    <message>
        <source>The case %1 has unsaved changes (explanations or evaluations). Save them before starting a new case?</source>
        <translation>Η υπόθεση %1 έχει μη αποθηκευμένες αλλαγές (εξηγήσεις ή αξιολογήσεις). Να αποθηκευτούν πριν ξεκινήσει νέα υπόθεση;</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The file does not exist</source>
        <translation>Το αρχείο δεν υπάρχει</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Το αρχείο δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>Το αρχείο δεν μπορεί να γραφτεί</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Το αρχείο είναι κενό</translation>
    </message>
    <message>
        <source>The file is not an image or video FakeLens can read</source>
        <translation>Το αρχείο δεν είναι εικόνα ή βίντεο που μπορεί να διαβάσει το FakeLens</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Το αρχείο είναι κατεστραμμένο</translation>
    </message>
    <message>
        <source>The image is too large</source>
        <translation>Η εικόνα είναι πολύ μεγάλη</translation>
    </message>
    <message>
        <source>The video cannot be read</source>
        <translation>Το βίντεο δεν μπορεί να διαβαστεί</translation>
    </message>
    <message>
        <source>The detector model cannot be loaded</source>
        <translation>Το μοντέλο του ανιχνευτή δεν μπορεί να φορτωθεί</translation>
    </message>
    <message>
        <source>The detector&apos;s model card is invalid</source>
        <translation>Η κάρτα μοντέλου του ανιχνευτή δεν είναι έγκυρη</translation>
    </message>
    <message>
        <source>No face was found</source>
        <translation>Δεν βρέθηκε πρόσωπο</translation>
    </message>
    <message>
        <source>The compute device is not available</source>
        <translation>Η υπολογιστική συσκευή δεν είναι διαθέσιμη</translation>
    </message>
    <message>
        <source>A setting is not valid</source>
        <translation>Μια ρύθμιση δεν είναι έγκυρη</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Ακυρώθηκε</translation>
    </message>
    <message>
        <source>Something went wrong inside FakeLens</source>
        <translation>Παρουσιάστηκε εσωτερικό σφάλμα στο FakeLens</translation>
    </message>
    <message>
        <source>%1 (%2): %3.</source>
        <translation>%1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>%1 heatmap · face #%2 · frame %3</source>
        <translation>Χάρτης θερμότητας %1 · πρόσωπο #%2 · καρέ %3</translation>
    </message>
    <message>
        <source>%1 heatmap · face #%2</source>
        <translation>Χάρτης θερμότητας %1 · πρόσωπο #%2</translation>
    </message>
    <message>
        <source>Colour scale: this map alone, %1 to %2</source>
        <translation>Κλίμακα χρωμάτων: μόνο αυτός ο χάρτης, %1 έως %2</translation>
    </message>
    <message>
        <source>Colour scale: shared with %1, %2 to %3</source>
        <translation>Κλίμακα χρωμάτων: κοινή με %1, %2 έως %3</translation>
    </message>
    <message>
        <source>Seed %1 · evidence SHA-256 %2…</source>
        <translation>Σπόρος %1 · SHA-256 αποδεικτικού %2…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>%1 and %2 of face #%3</source>
        <translation>%1 και %2 του προσώπου #%3</translation>
    </message>
</context>
<context>
    <name>MethodText</name>
    <message>
        <source>mean Grad-CAM value</source>
        <translation>μέση τιμή Grad-CAM</translation>
    </message>
    <message>
        <source>LIME surrogate weight (change of P(fake))</source>
        <translation>Βάρος υποκατάστατου μοντέλου LIME (μεταβολή του P(fake))</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>δείγματα</translation>
    </message>
    <message>
        <source>kernel width</source>
        <translation>πλάτος πυρήνα</translation>
    </message>
    <message>
        <source>mean drop of P(fake) with the region hidden</source>
        <translation>μέση πτώση του P(fake) με την περιοχή κρυμμένη</translation>
    </message>
    <message>
        <source>patch side (px at 256)</source>
        <translation>πλευρά μπαλώματος (px στα 256)</translation>
    </message>
    <message>
        <source>stride (px at 256)</source>
        <translation>βήμα (px στα 256)</translation>
    </message>
    <message>
        <source>mean P(fake) with the region kept</source>
        <translation>μέσο P(fake) με τη διατήρηση της περιοχής</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>μάσκες</translation>
    </message>
    <message>
        <source>grid cells per side</source>
        <translation>κελιά πλέγματος ανά πλευρά</translation>
    </message>
    <message>
        <source>keep probability</source>
        <translation>πιθανότητα διατήρησης</translation>
    </message>
    <message>
        <source>Shapley value (change of P(fake))</source>
        <translation>Τιμή Shapley (μεταβολή του P(fake))</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>αξιολογήσεις</translation>
    </message>
    <message>
        <source>total Sobol index</source>
        <translation>συνολικός δείκτης Sobol</translation>
    </message>
    <message>
        <source>designs</source>
        <translation>σχέδια</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>File: %1</source>
        <translation>Αρχείο: %1</translation>
    </message>
    <message>
        <source>Format: Keras .h5 weights (native MesoNet, built-in card)</source>
        <translation>Μορφή: βάρη Keras .h5 (εγγενές MesoNet, ενσωματωμένη κάρτα)</translation>
    </message>
    <message>
        <source>Format: TorchScript .pt, card %1</source>
        <translation>Μορφή: TorchScript .pt, κάρτα %1</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Μη χρησιμοποιήσιμο: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Περιγραφή: %1</translation>
    </message>
    <message>
        <source>Input: %1 × %2 px, %3</source>
        <translation>Είσοδος: %1 × %2 px, %3</translation>
    </message>
    <message>
        <source>Normalisation: pixel × %1 − mean (%2, %3, %4), ÷ std (%5, %6, %7)</source>
        <translation>Κανονικοποίηση: εικονοστοιχείο × %1 − μέση τιμή (%2, %3, %4), ÷ τυπική απόκλιση (%5, %6, %7)</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Έξοδος: %1</translation>
    </message>
    <message>
        <source>Fake when P(fake) ≥ %1</source>
        <translation>Πλαστό όταν P(fake) ≥ %1</translation>
    </message>
    <message>
        <source>Face crop: MesoNet (centred on the nose, upright)</source>
        <translation>Περικοπή προσώπου: MesoNet (κεντραρισμένη στη μύτη, όρθια)</translation>
    </message>
    <message>
        <source>Face crop: detector box + %1 % on each side</source>
        <translation>Περικοπή προσώπου: πλαίσιο ανιχνευτή + %1 % σε κάθε πλευρά</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>the evidence: file name, size, SHA-256 (checked again now), media properties</source>
        <translation>το αποδεικτικό υλικό: όνομα αρχείου, μέγεθος, SHA-256 (ελέγχεται ξανά τώρα), ιδιότητες πολυμέσων</translation>
    </message>
    <message>
        <source>the model: name, file SHA-256, card, device</source>
        <translation>το μοντέλο: όνομα, SHA-256 αρχείου, κάρτα, συσκευή</translation>
    </message>
    <message numerus="yes">
        <source>the %n face(s) of the shown frame with their box, crop, P(fake) and verdict</source>
        <translation>
            <numerusform>το %n πρόσωπο του καρέ που εμφανίζεται με το πλαίσιο, την περικοπή, το P(fake) και την ετυμηγορία του</numerusform>
            <numerusform>τα %n πρόσωπα του καρέ που εμφανίζεται με το πλαίσιο, την περικοπή, το P(fake) και την ετυμηγορία τους</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n face(s) of the image with their box, crop, P(fake) and verdict</source>
        <translation>
            <numerusform>το %n πρόσωπο της εικόνας με το πλαίσιο, την περικοπή, το P(fake) και την ετυμηγορία του</numerusform>
            <numerusform>τα %n πρόσωπα της εικόνας με το πλαίσιο, την περικοπή, το P(fake) και την ετυμηγορία τους</numerusform>
        </translation>
    </message>
    <message>
        <source>face #%1 (selected): no explanation yet — press Explain or Evaluate first to include heatmaps</source>
        <translation>πρόσωπο #%1 (επιλεγμένο): καμία εξήγηση ακόμη — πατήστε πρώτα Εξήγηση ή Αξιολόγηση για να συμπεριληφθούν χάρτες θερμότητας</translation>
    </message>
    <message>
        <source>face #%1 (selected): the heatmaps of %2 and the adversarial sample</source>
        <translation>πρόσωπο #%1 (επιλεγμένο): οι χάρτες θερμότητας του %2 και το αντιπαραθετικό δείγμα</translation>
    </message>
    <message>
        <source>the evaluation of face #%1 (table and chart, top-1 to top-%2)</source>
        <translation>η αξιολόγηση του προσώπου #%1 (πίνακας και διάγραμμα, κορυφαία 1 έως %2)</translation>
    </message>
    <message>
        <source>no evaluation (run it in the Evaluation tab to include it)</source>
        <translation>καμία αξιολόγηση (εκτελέστε την στην καρτέλα Αξιολόγηση για να συμπεριληφθεί)</translation>
    </message>
    <message numerus="yes">
        <source>the score timeline (%n frame(s) scored so far)</source>
        <translation>
            <numerusform>η γραμμή χρόνου (%n καρέ βαθμολογήθηκε ως τώρα)</numerusform>
            <numerusform>η γραμμή χρόνου (%n καρέ βαθμολογήθηκαν ως τώρα)</numerusform>
        </translation>
    </message>
    <message>
        <source>every parameter and seed, and what heatmaps can and cannot show</source>
        <translation>κάθε παράμετρο και σπόρο, και τι μπορούν και τι δεν μπορούν να δείξουν οι χάρτες θερμότητας</translation>
    </message>
    <message>
        <source>The report will contain:</source>
        <translation>Η αναφορά θα περιέχει:</translation>
    </message>
    <message>
        <source>Open an image or a video first: the report describes the evidence.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο: η αναφορά περιγράφει το αποδεικτικό υλικό.</translation>
    </message>
    <message>
        <source>A report is being written already (Esc cancels it).</source>
        <translation>Ήδη γράφεται μια αναφορά (το Esc την ακυρώνει).</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>The workbench also showed %1 computed with other settings than the evaluation (e.g. other sample counts); this report shows the explanations that were evaluated, so that the heatmaps and the evaluation refer to the same rankings.</source>
        <translation>Το περιβάλλον εργασίας έδειξε επίσης %1 υπολογισμένα με άλλες ρυθμίσεις από την αξιολόγηση (π.χ. άλλο πλήθος δειγμάτων)· αυτή η αναφορά δείχνει τις εξηγήσεις που αξιολογήθηκαν, ώστε οι χάρτες θερμότητας και η αξιολόγηση να αφορούν τις ίδιες κατατάξεις.</translation>
    </message>
    <message>
        <source>The evaluation was asked for face %1, but the detector calls it real, so it was not attacked.</source>
        <translation>Ζητήθηκε αξιολόγηση για το πρόσωπο %1, αλλά ο ανιχνευτής το θεωρεί γνήσιο, οπότε δεν δέχτηκε επίθεση.</translation>
    </message>
    <message>
        <source>Not explained: the detector calls this face real.</source>
        <translation>Δεν εξηγήθηκε: ο ανιχνευτής θεωρεί αυτό το πρόσωπο γνήσιο.</translation>
    </message>
    <message>
        <source>Not explained: no explanation of this face was computed in the workbench before the report was written.</source>
        <translation>Δεν εξηγήθηκε: δεν υπολογίστηκε εξήγηση αυτού του προσώπου στο περιβάλλον εργασίας πριν γραφτεί η αναφορά.</translation>
    </message>
    <message>
        <source>Not explained: only the face selected in the workbench (face %1) carries its explanations.</source>
        <translation>Δεν εξηγήθηκε: μόνο το πρόσωπο που επιλέχθηκε στο περιβάλλον εργασίας (πρόσωπο %1) φέρει τις εξηγήσεις του.</translation>
    </message>
    <message>
        <source>Not explained: this is the most suspicious face of the score timeline; show it in the workbench (at %1 s) and explain it to include its heatmaps.</source>
        <translation>Δεν εξηγήθηκε: αυτό είναι το πιο ύποπτο πρόσωπο της γραμμής χρόνου· εμφανίστε το στο περιβάλλον εργασίας (στα %1 s) και εξηγήστε το για να συμπεριληφθούν οι χάρτες θερμότητάς του.</translation>
    </message>
    <message>
        <source>only frame %1, the frame shown in the workbench</source>
        <translation>μόνο το καρέ %1, το καρέ που εμφανίζεται στο περιβάλλον εργασίας</translation>
    </message>
    <message>
        <source>, and frame %1, the frame shown in the workbench</source>
        <translation>, και το καρέ %1, το καρέ που εμφανίζεται στο περιβάλλον εργασίας</translation>
    </message>
    <message numerus="yes">
        <source>The score timeline was still being computed when this report was written; it covers the %n frame(s) scored by then.</source>
        <translation>
            <numerusform>Η γραμμή χρόνου υπολογιζόταν ακόμη όταν γράφτηκε αυτή η αναφορά· καλύπτει το %n καρέ που είχε βαθμολογηθεί ως τότε.</numerusform>
            <numerusform>Η γραμμή χρόνου υπολογιζόταν ακόμη όταν γράφτηκε αυτή η αναφορά· καλύπτει τα %n καρέ που είχαν βαθμολογηθεί ως τότε.</numerusform>
        </translation>
    </message>
    <message>
        <source>The faces of frame %1 (the frame shown in the workbench) have their own sections; the selected face carries the explanations and the evaluation computed for it.</source>
        <translation>Τα πρόσωπα του καρέ %1 (του καρέ που εμφανίζεται στο περιβάλλον εργασίας) έχουν δικές τους ενότητες· το επιλεγμένο πρόσωπο φέρει τις εξηγήσεις και την αξιολόγηση που υπολογίστηκαν γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>The most suspicious face of the score timeline has a section too.</source>
        <translation>Και το πιο ύποπτο πρόσωπο της γραμμής χρόνου έχει ενότητα.</translation>
    </message>
    <message>
        <source>Every face found has its own section; the face selected in the workbench carries the explanations and the evaluation computed for it.</source>
        <translation>Κάθε πρόσωπο που βρέθηκε έχει δική του ενότητα· το πρόσωπο που επιλέχθηκε στο περιβάλλον εργασίας φέρει τις εξηγήσεις και την αξιολόγηση που υπολογίστηκαν γι&apos; αυτό.</translation>
    </message>
    <message>
        <source>No face was found in the analysed %1, so nothing was explained.</source>
        <translation>Δεν βρέθηκε πρόσωπο στο %1 που αναλύθηκε, οπότε δεν εξηγήθηκε τίποτα.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>καρέ</translation>
    </message>
    <message>
        <source>image</source>
        <translation>εικόνα</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>fake</source>
        <translation>πλαστό</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>ασαφές</translation>
    </message>
    <message>
        <source>real</source>
        <translation>γνήσιο</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>ΠΛΑΣΤΟ</translation>
    </message>
    <message>
        <source>%1 when P(fake) is %2 to %3</source>
        <translation>%1 όταν η P(fake) είναι από %2 έως %3</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Measure the detector&apos;s best forward throughput, then each explanation method&apos;s time against the bound that throughput sets.</source>
        <translation>Μετρά τη μέγιστη ταχύτητα προώθησης του ανιχνευτή και έπειτα τον χρόνο κάθε μεθόδου εξήγησης σε σχέση με το όριο που θέτει αυτή η ταχύτητα.</translation>
    </message>
    <message>
        <source>Face crop to explain (default: the installed df00204.jpg).</source>
        <translation>Περικομμένο πρόσωπο προς εξήγηση (προεπιλογή: το εγκατεστημένο df00204.jpg).</translation>
    </message>
    <message>
        <source>Instead of the explanations: frames per second of the video path on FILE (decode, detect/track, crop, score).</source>
        <translation>Αντί για τις εξηγήσεις: καρέ ανά δευτερόλεπτο της επεξεργασίας βίντεο στο FILE (αποκωδικοποίηση, ανίχνευση/παρακολούθηση, περικοπή, βαθμολόγηση).</translation>
    </message>
    <message>
        <source>With --video: frames START:END:STEP (default all).</source>
        <translation>Με --video: καρέ START:END:STEP (προεπιλογή: όλα).</translation>
    </message>
    <message>
        <source>With --video: face detection every Nth frame (default 10).</source>
        <translation>Με --video: ανίχνευση προσώπων κάθε N-οστό καρέ (προεπιλογή 10).</translation>
    </message>
    <message>
        <source>With --video: face detector upsampling (default 1).</source>
        <translation>Με --video: υπερδειγματοληψία του ανιχνευτή προσώπων (προεπιλογή 1).</translation>
    </message>
    <message>
        <source>With --video: crops per detector call (default 32).</source>
        <translation>Με --video: περικοπές ανά κλήση του ανιχνευτή (προεπιλογή 32).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Εκτύπωση ενός εγγράφου JSON στην τυπική έξοδο.</translation>
    </message>
    <message>
        <source>bench: no --image given and no installed sample found (run packaging/setup.sh)</source>
        <translation>bench: δεν δόθηκε --image και δεν βρέθηκε εγκατεστημένο δείγμα (εκτελέστε το packaging/setup.sh)</translation>
    </message>
    <message>
        <source>Model card for a TorchScript model (default: &lt;model&gt;.json beside it).</source>
        <translation>Κάρτα μοντέλου για μοντέλο TorchScript (προεπιλογή: το &lt;model&gt;.json δίπλα του).</translation>
    </message>
    <message>
        <source>Where inference runs: auto, cpu or cuda (default auto).</source>
        <translation>Πού εκτελείται η συμπερασματολογία: auto, cpu ή cuda (προεπιλογή auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference (default: all cores).</source>
        <translation>Νήματα CPU για τη συμπερασματολογία (προεπιλογή: όλοι οι πυρήνες).</translation>
    </message>
    <message>
        <source>Find the faces in images and videos and score each with the detector.</source>
        <translation>Βρίσκει τα πρόσωπα σε εικόνες και βίντεο και βαθμολογεί το καθένα με τον ανιχνευτή.</translation>
    </message>
    <message>
        <source>Images or videos.</source>
        <translation>Εικόνες ή βίντεο.</translation>
    </message>
    <message>
        <source>Take each image whole as one face (for face crops).</source>
        <translation>Κάθε εικόνα λαμβάνεται ολόκληρη ως ένα πρόσωπο (για περικομμένα πρόσωπα).</translation>
    </message>
    <message>
        <source>Video frames START:END:STEP (END exclusive; default all).</source>
        <translation>Καρέ βίντεο START:END:STEP (χωρίς το END· προεπιλογή: όλα).</translation>
    </message>
    <message>
        <source>Face detector upsampling (default 1).</source>
        <translation>Υπερδειγματοληψία του ανιχνευτή προσώπων (προεπιλογή 1).</translation>
    </message>
    <message>
        <source>Videos: detection rounds a track may miss before it ends (default 0 with --detect-every 1, else 2).</source>
        <translation>Βίντεο: γύροι ανίχνευσης που μπορεί να χάσει ένα ίχνος πριν τερματιστεί (προεπιλογή 0 με --detect-every 1, αλλιώς 2).</translation>
    </message>
    <message>
        <source>Videos: window (frames of a track) of the smoothed score series (default 5).</source>
        <translation>Βίντεο: παράθυρο (καρέ ενός ίχνους) της εξομαλυμένης σειράς βαθμολογιών (προεπιλογή 5).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout (see README).</source>
        <translation>Εκτύπωση ενός εγγράφου JSON στην τυπική έξοδο (δείτε το README).</translation>
    </message>
    <message>
        <source>detect: no input given (fakelens-cli detect PATH...)</source>
        <translation>detect: δεν δόθηκε είσοδος (fakelens-cli detect PATH...)</translation>
    </message>
    <message>
        <source>Evaluate explanation methods as Tsigos et al. (2025): for each image the detector calls fake, rank the SLIC segments by each method&apos;s explanation and attack the top-k with NES; report accuracy, sufficiency, effort, minimal budget, cost, localisation, Pino et al.&apos;s intrinsic metrics and rank agreement. Labels come from fake/real folders, manipulation types from the folder above them. Each finished image is appended to the results file at once: a killed run resumes with --resume FILE.</source>
        <translation>Αξιολογεί μεθόδους εξήγησης όπως οι Tsigos et al. (2025): για κάθε εικόνα που ο ανιχνευτής κρίνει πλαστή, κατατάσσει τα τμήματα SLIC κατά την εξήγηση κάθε μεθόδου και επιτίθεται στα κορυφαία k με NES· αναφέρει ακρίβεια, επάρκεια, προσπάθεια, ελάχιστο προϋπολογισμό, κόστος, εντοπισμό, τις εγγενείς μετρικές των Pino et al. και τη συμφωνία κατατάξεων. Οι ετικέτες προέρχονται από φακέλους fake/real, οι τύποι παραποίησης από τον φάκελο πάνω από αυτούς. Κάθε ολοκληρωμένη εικόνα προστίθεται αμέσως στο αρχείο αποτελεσμάτων: μια διακοπείσα εκτέλεση συνεχίζεται με --resume FILE.</translation>
    </message>
    <message>
        <source>An image, or a folder tree of face crops or frames.</source>
        <translation>Μια εικόνα ή ένα δέντρο φακέλων με περικομμένα πρόσωπα ή καρέ.</translation>
    </message>
    <message>
        <source>Attack the top-1 .. top-K segments (default 3).</source>
        <translation>Επίθεση στα κορυφαία 1 .. K τμήματα (προεπιλογή 3).</translation>
    </message>
    <message>
        <source>Run seed (default 0); each image&apos;s seed derives from it and its relative path.</source>
        <translation>Σπόρος της εκτέλεσης (προεπιλογή 0)· ο σπόρος κάθε εικόνας προκύπτει από αυτόν και τη σχετική της διαδρομή.</translation>
    </message>
    <message>
        <source>Results file (JSON Lines) to create (default: fakelens-evaluate-&lt;folder&gt;-&lt;time&gt;.jsonl in the current folder).</source>
        <translation>Αρχείο αποτελεσμάτων (JSON Lines) προς δημιουργία (προεπιλογή: fakelens-evaluate-&lt;folder&gt;-&lt;time&gt;.jsonl στον τρέχοντα φάκελο).</translation>
    </message>
    <message>
        <source>Continue the run recorded in FILE: finished images are skipped, new ones appended.</source>
        <translation>Συνέχιση της εκτέλεσης που έχει καταγραφεί στο FILE: οι ολοκληρωμένες εικόνες παραλείπονται, οι νέες προστίθενται.</translation>
    </message>
    <message>
        <source>Evaluate only shard I of N (0 &lt;= I &lt; N): the images at sorted positions I, I+N, ... With auto/N the index I comes from SLURM_ARRAY_TASK_ID (Slurm job array --array=0-&lt;N-1&gt;) or JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N).</source>
        <translation>Αξιολόγηση μόνο του τμήματος I από N (0 &lt;= I &lt; N): οι εικόνες στις ταξινομημένες θέσεις I, I+N, ... Με auto/N ο δείκτης I λαμβάνεται από το SLURM_ARRAY_TASK_ID (πίνακας εργασιών Slurm --array=0-&lt;N-1&gt;) ή το JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N).</translation>
    </message>
    <message>
        <source>SLIC superpixels (default 50).</source>
        <translation>Υπερεικονοστοιχεία SLIC (προεπιλογή 50).</translation>
    </message>
    <message>
        <source>M of the top-k NES attack (default 50).</source>
        <translation>M της επίθεσης NES στα κορυφαία k (προεπιλογή 50).</translation>
    </message>
    <message>
        <source>n of the top-k NES attack (default 40).</source>
        <translation>n της επίθεσης NES στα κορυφαία k (προεπιλογή 40).</translation>
    </message>
    <message>
        <source>M of the _adv methods&apos; NES sample (default 80).</source>
        <translation>M του δείγματος NES των μεθόδων _adv (προεπιλογή 80).</translation>
    </message>
    <message>
        <source>Use the paper&apos;s code&apos;s NES step rule (no minimal budget then).</source>
        <translation>Χρήση του κανόνα βήματος NES του κώδικα του άρθρου (τότε χωρίς ελάχιστο προϋπολογισμό).</translation>
    </message>
    <message>
        <source>Skip the minimal-budget search (saves a few attacks per method and k).</source>
        <translation>Παράλειψη της αναζήτησης ελάχιστου προϋπολογισμού (εξοικονομεί μερικές επιθέσεις ανά μέθοδο και k).</translation>
    </message>
    <message>
        <source>Leave out the RANDOM baseline ranking.</source>
        <translation>Παράλειψη της κατάταξης αναφοράς RANDOM.</translation>
    </message>
    <message>
        <source>How faces are taken: auto (whole image up to 512 px, else the largest detected face), whole, or detect (default auto).</source>
        <translation>Πώς λαμβάνονται τα πρόσωπα: auto (ολόκληρη η εικόνα έως 512 px, αλλιώς το μεγαλύτερο ανιχνευμένο πρόσωπο), whole ή detect (προεπιλογή auto).</translation>
    </message>
    <message>
        <source>Take every image whole as one face crop (= --faces whole).</source>
        <translation>Κάθε εικόνα λαμβάνεται ολόκληρη ως ένα περικομμένο πρόσωπο (= --faces whole).</translation>
    </message>
    <message>
        <source>Write every attacked image as 8-bit PNG under DIR (rounded: may not flip when re-scored).</source>
        <translation>Εγγραφή κάθε εικόνας που δέχτηκε επίθεση ως PNG 8 bit στο DIR (στρογγυλεμένη: ίσως δεν αντιστρέφεται όταν ξαναβαθμολογηθεί).</translation>
    </message>
    <message>
        <source>No per-image progress on stderr.</source>
        <translation>Χωρίς πρόοδο ανά εικόνα στο stderr.</translation>
    </message>
    <message>
        <source>evaluate: give exactly one PATH</source>
        <translation>evaluate: δώστε ακριβώς ένα PATH</translation>
    </message>
    <message>
        <source>evaluate: --resume FILE continues FILE; do not give another --results</source>
        <translation>evaluate: το --resume FILE συνεχίζει το FILE· μη δώσετε άλλο --results</translation>
    </message>
    <message>
        <source>evaluate: no images under %1</source>
        <translation>evaluate: δεν υπάρχουν εικόνες στο %1</translation>
    </message>
    <message>
        <source>cancelled; the finished images are in %1 (continue with --resume %1)</source>
        <translation>ακυρώθηκε· οι ολοκληρωμένες εικόνες είναι στο %1 (συνέχεια με --resume %1)</translation>
    </message>
    <message>
        <source>Also write the tables as CSV (one value per line) to FILE.</source>
        <translation>Εγγραφή των πινάκων και ως CSV (μία τιμή ανά γραμμή) στο FILE.</translation>
    </message>
    <message>
        <source>Print the tables as one JSON document instead of Markdown.</source>
        <translation>Εκτύπωση των πινάκων ως ένα έγγραφο JSON αντί για Markdown.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>προειδοποίηση: %1</translation>
    </message>
    <message>
        <source>An image with faces, or a face crop with --no-detect.</source>
        <translation>Μια εικόνα με πρόσωπα ή ένα περικομμένο πρόσωπο με --no-detect.</translation>
    </message>
    <message>
        <source>Take the image whole as one face (for face crops).</source>
        <translation>Η εικόνα λαμβάνεται ολόκληρη ως ένα πρόσωπο (για περικομμένα πρόσωπα).</translation>
    </message>
    <message>
        <source>explain: give exactly one IMAGE</source>
        <translation>explain: δώστε ακριβώς μία IMAGE</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: δεν είναι δυνατή η δημιουργία του φακέλου εξόδου</translation>
    </message>
    <message>
        <source>explain: cancelled</source>
        <translation>explain: ακυρώθηκε</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try fakelens-cli --help)</source>
        <translation>άγνωστη εντολή &apos;%1&apos; (δοκιμάστε fakelens-cli --help)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>εσωτερικό σφάλμα: %1</translation>
    </message>
    <message>
        <source>Results files (JSON Lines) of one run&apos;s shards.</source>
        <translation>Αρχεία αποτελεσμάτων (JSON Lines) των τμημάτων μίας εκτέλεσης.</translation>
    </message>
    <message>
        <source>merge: give at least one results FILE</source>
        <translation>merge: δώστε τουλάχιστον ένα αρχείο αποτελεσμάτων FILE</translation>
    </message>
    <message>
        <source>The PDF to write (required). Written atomically: a failed export leaves no file.</source>
        <translation>Το PDF προς εγγραφή (απαιτείται). Γράφεται ατομικά: μια αποτυχημένη εξαγωγή δεν αφήνει αρχείο.</translation>
    </message>
    <message>
        <source>Case ID printed in the header and on every page.</source>
        <translation>Αριθμός υπόθεσης, τυπωμένος στην κεφαλίδα και σε κάθε σελίδα.</translation>
    </message>
    <message>
        <source>Examiner&apos;s name printed in the header.</source>
        <translation>Όνομα του εξεταστή, τυπωμένο στην κεφαλίδα.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Τυχαίος σπόρος (προεπιλογή 0).</translation>
    </message>
    <message>
        <source>NES iterations for the adversarial sample (default 80).</source>
        <translation>Επαναλήψεις NES για το αντιπαραθετικό δείγμα (προεπιλογή 80).</translation>
    </message>
    <message>
        <source>Use the paper&apos;s code&apos;s NES step rule (clip each step, no projection).</source>
        <translation>Χρήση του κανόνα βήματος NES του κώδικα του άρθρου (περικοπή κάθε βήματος, χωρίς προβολή).</translation>
    </message>
    <message>
        <source>Explain at most N faces called fake, highest P(fake) first (default 4 for an image, 1 for a video).</source>
        <translation>Εξήγηση έως N προσώπων που κρίθηκαν πλαστά, με το υψηλότερο P(fake) πρώτα (προεπιλογή 4 για εικόνα, 1 για βίντεο).</translation>
    </message>
    <message>
        <source>Also evaluate the explanations of each explained face (top-k NES attack; can take many minutes per face on a CPU).</source>
        <translation>Αξιολόγηση και των εξηγήσεων κάθε προσώπου που εξηγήθηκε (επίθεση NES στα κορυφαία k· μπορεί να διαρκέσει πολλά λεπτά ανά πρόσωπο σε CPU).</translation>
    </message>
    <message>
        <source>With --evaluate: attack the top-1 .. top-K segments (default 3).</source>
        <translation>Με --evaluate: επίθεση στα κορυφαία 1 .. K τμήματα (προεπιλογή 3).</translation>
    </message>
    <message>
        <source>With --evaluate: skip the minimal-budget search.</source>
        <translation>Με --evaluate: παράλειψη της αναζήτησης ελάχιστου προϋπολογισμού.</translation>
    </message>
    <message>
        <source>Take the image (or each frame) whole as one face (for face crops).</source>
        <translation>Η εικόνα (ή κάθε καρέ) λαμβάνεται ολόκληρη ως ένα πρόσωπο (για περικομμένα πρόσωπα).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Χωρίς πρόοδο στο stderr.</translation>
    </message>
    <message>
        <source>report: give the PDF to write with --out FILE.pdf</source>
        <translation>report: δώστε το PDF προς εγγραφή με --out FILE.pdf</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: το αρχείο δεν βρέθηκε</translation>
    </message>
    <message>
        <source>report: cancelled; no report was written</source>
        <translation>report: ακυρώθηκε· δεν γράφτηκε αναφορά</translation>
    </message>
    <message>
        <source>Explain one face track of a video over a window of frames and report each method&apos;s inter-frame consistency: the mean Pearson correlation of the saliency maps of consecutive explained frames (Pino et al. 2021), 1 = steady.</source>
        <translation>Εξηγεί ένα ίχνος προσώπου ενός βίντεο σε ένα παράθυρο καρέ και αναφέρει τη συνέπεια κάθε μεθόδου μεταξύ καρέ: τη μέση συσχέτιση Pearson των χαρτών σημαντικότητας διαδοχικών καρέ που εξηγήθηκαν (Pino et al. 2021), 1 = σταθερό.</translation>
    </message>
    <message>
        <source>The video.</source>
        <translation>Το βίντεο.</translation>
    </message>
    <message>
        <source>Track ID, as `detect` prints it with the same --frames and --detect-every.</source>
        <translation>Αναγνωριστικό ίχνους, όπως το τυπώνει το `detect` με τα ίδια --frames και --detect-every.</translation>
    </message>
    <message>
        <source>Frames to explain, START:END:STEP (END exclusive; required).</source>
        <translation>Καρέ προς εξήγηση, START:END:STEP (χωρίς το END· απαιτείται).</translation>
    </message>
    <message>
        <source>The scan that numbered the tracks: START:END:STEP (default all).</source>
        <translation>Η σάρωση που αρίθμησε τα ίχνη: START:END:STEP (προεπιλογή: όλα).</translation>
    </message>
    <message>
        <source>Use --seed on every frame (default: a seed per frame derived from it, so a method&apos;s sampling noise counts as instability).</source>
        <translation>Χρήση του --seed σε κάθε καρέ (προεπιλογή: ένας σπόρος ανά καρέ που προκύπτει από αυτόν, ώστε ο θόρυβος δειγματοληψίας μιας μεθόδου να μετρά ως αστάθεια).</translation>
    </message>
    <message>
        <source>temporal: give exactly one VIDEO</source>
        <translation>temporal: δώστε ακριβώς ένα VIDEO</translation>
    </message>
    <message>
        <source>Instead of the explanations: how long each long job (video scan, each method, evaluate, report) takes to stop after a cancel.</source>
        <translation>Αντί για τις εξηγήσεις: πόσο χρόνο χρειάζεται κάθε μεγάλη εργασία (σάρωση βίντεο, κάθε μέθοδος, αξιολόγηση, αναφορά) για να σταματήσει μετά από ακύρωση.</translation>
    </message>
    <message>
        <source>Instead of the explanations: N consecutive small explanations in one process, with the resident memory growth after warm-up.</source>
        <translation>Αντί για τις εξηγήσεις: N διαδοχικές μικρές εξηγήσεις σε μία διεργασία, με την αύξηση της μόνιμης μνήμης μετά την προθέρμανση.</translation>
    </message>
    <message>
        <source>bench: no --video given and no installed sample video found (run packaging/setup.sh)</source>
        <translation>bench: δεν δόθηκε --video και δεν βρέθηκε εγκατεστημένο δείγμα βίντεο (εκτελέστε το packaging/setup.sh)</translation>
    </message>
    <message>
        <source>Runs of each method; the fastest counts (default 2).</source>
        <translation>Εκτελέσεις κάθε μεθόδου· μετράει η ταχύτερη (προεπιλογή 2).</translation>
    </message>
    <message>
        <source>NES noise: per-pixel (Algorithm 1: one value per pixel, shared by R, G and B; default) or per-channel.</source>
        <translation>Θόρυβος NES: per-pixel (Αλγόριθμος 1: μία τιμή ανά εικονοστοιχείο, κοινή για R, G και B· προεπιλογή) ή per-channel.</translation>
    </message>
    <message>
        <source>Analyse an image or a video into a case file: the evidence&apos;s hash and properties, the model, every analysed frame with its faces, tracks and P(fake), the one verdict, and for the chosen faces the explanations (and with --evaluate the evaluation) with every parameter and seed. The evidence is only read. A new FILE is created; an existing case of the same evidence gets the new analysis (its notes and audit trail are kept); a case of other evidence is refused.</source>
        <translation>Αναλύει μια εικόνα ή ένα βίντεο σε αρχείο υπόθεσης: το hash και τις ιδιότητες του αποδεικτικού υλικού, το μοντέλο, κάθε αναλυμένο καρέ με τα πρόσωπα, τα ίχνη και το P(fake) του, τη μία ετυμηγορία και, για τα επιλεγμένα πρόσωπα, τις εξηγήσεις (και με --evaluate την αξιολόγηση) με κάθε παράμετρο και σπόρο. Το αποδεικτικό υλικό μόνο διαβάζεται. Δημιουργείται νέο FILE· μια υπάρχουσα υπόθεση του ίδιου αποδεικτικού υλικού λαμβάνει τη νέα ανάλυση (οι σημειώσεις και το ιστορικό ελέγχου της διατηρούνται)· μια υπόθεση άλλου αποδεικτικού υλικού απορρίπτεται.</translation>
    </message>
    <message>
        <source>The image or video to analyse (opened read-only).</source>
        <translation>Η εικόνα ή το βίντεο προς ανάλυση (ανοίγει μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>The case file to write (required), e.g. CASE.fakelens.</source>
        <translation>Το αρχείο υπόθεσης προς εγγραφή (απαιτείται), π.χ. CASE.fakelens.</translation>
    </message>
    <message>
        <source>analyse: give exactly one EVIDENCE file</source>
        <translation>analyse: δώστε ακριβώς ένα αρχείο αποδεικτικού υλικού EVIDENCE</translation>
    </message>
    <message>
        <source>analyse: give the case file to write with --case FILE</source>
        <translation>analyse: δώστε το αρχείο υπόθεσης προς εγγραφή με --case FILE</translation>
    </message>
    <message>
        <source>%1: the case holds an analysis of other evidence (%2, SHA-256 %3); this file&apos;s SHA-256 is %4. Nothing was written: use a new case file.</source>
        <translation>%1: η υπόθεση περιέχει ανάλυση άλλου αποδεικτικού υλικού (%2, SHA-256 %3)· το SHA-256 αυτού του αρχείου είναι %4. Δεν γράφτηκε τίποτα: χρησιμοποιήστε νέο αρχείο υπόθεσης.</translation>
    </message>
    <message>
        <source>analyse: cancelled; the case was not changed</source>
        <translation>analyse: ακυρώθηκε· η υπόθεση δεν άλλαξε</translation>
    </message>
    <message>
        <source>Video frames START:END:STEP (END exclusive). Default: every frame, as detect and the workbench scan.</source>
        <translation>Καρέ βίντεο START:END:STEP (χωρίς το END). Προεπιλογή: κάθε καρέ, όπως στη σάρωση του detect και του περιβάλλοντος εργασίας.</translation>
    </message>
    <message>
        <source>Print a case: evidence and its check against the stored hash, model, verdict, faces, methods, notes and the audit trail.</source>
        <translation>Τυπώνει μια υπόθεση: το αποδεικτικό υλικό και τον έλεγχό του έναντι του αποθηκευμένου hash, το μοντέλο, την ετυμηγορία, τα πρόσωπα, τις μεθόδους, τις σημειώσεις και το ιστορικό ελέγχου.</translation>
    </message>
    <message>
        <source>The case file (opened read-only).</source>
        <translation>Το αρχείο υπόθεσης (ανοίγει μόνο για ανάγνωση).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout, with every per-frame score.</source>
        <translation>Εκτύπωση ενός εγγράφου JSON στην τυπική έξοδο, με κάθε βαθμολογία ανά καρέ.</translation>
    </message>
    <message>
        <source>case show: give exactly one case FILE</source>
        <translation>case show: δώστε ακριβώς ένα αρχείο υπόθεσης FILE</translation>
    </message>
    <message>
        <source>%1: the case holds no analysis yet</source>
        <translation>%1: η υπόθεση δεν περιέχει ακόμη ανάλυση</translation>
    </message>
    <message>
        <source>Add a note or bookmark to a case (kept in its audit trail), or set the examiner&apos;s conclusion with --conclusion.</source>
        <translation>Προσθέτει σημείωση ή σελιδοδείκτη σε μια υπόθεση (καταγράφεται στο ιστορικό ελέγχου της) ή ορίζει το συμπέρασμα του εξεταστή με --conclusion.</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>Το αρχείο υπόθεσης.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Η σημείωση.</translation>
    </message>
    <message>
        <source>ok, &quot;to check&quot; or warning (default &quot;to check&quot;).</source>
        <translation>ok, &quot;to check&quot; ή warning (προεπιλογή: &quot;to check&quot;).</translation>
    </message>
    <message>
        <source>The face section the note is about (1, 2, ...).</source>
        <translation>Η ενότητα προσώπου στην οποία αναφέρεται η σημείωση (1, 2, ...).</translation>
    </message>
    <message>
        <source>Who writes (default: the login name).</source>
        <translation>Ποιος γράφει (προεπιλογή: το όνομα σύνδεσης).</translation>
    </message>
    <message>
        <source>case note: give one case FILE and either --text or --conclusion</source>
        <translation>case note: δώστε ένα αρχείο υπόθεσης FILE και είτε --text είτε --conclusion</translation>
    </message>
    <message>
        <source>conclusion saved</source>
        <translation>το συμπέρασμα αποθηκεύτηκε</translation>
    </message>
    <message>
        <source>note %1 added</source>
        <translation>η σημείωση %1 προστέθηκε</translation>
    </message>
    <message>
        <source>Videos: run the face detector on every Nth analysed frame and track the faces in between (default: about every 10th video frame, as the workbench and the report scan; 1: detect on every frame).</source>
        <translation>Βίντεο: εκτέλεση του ανιχνευτή προσώπων κάθε N-οστό αναλυόμενο καρέ και παρακολούθηση των προσώπων στα ενδιάμεσα καρέ (προεπιλογή: περίπου κάθε 10ο καρέ βίντεο, όπως στη σάρωση του περιβάλλοντος εργασίας και της αναφοράς· 1: ανίχνευση σε κάθε καρέ).</translation>
    </message>
    <message>
        <source>%1: the case holds no analysis yet (run fakelens-cli analyse EVIDENCE --case %1)</source>
        <translation>%1: η υπόθεση δεν περιέχει ακόμη ανάλυση (εκτελέστε fakelens-cli analyse EVIDENCE --case %1)</translation>
    </message>
    <message>
        <source>WARNING: the evidence file is not the one analysed: %1. The findings below describe the file with the SHA-256 stated under Evidence.</source>
        <translation>ΠΡΟΕΙΔΟΠΟΙΗΣΗ: το αρχείο αποδεικτικού υλικού δεν είναι αυτό που αναλύθηκε: %1. Τα παρακάτω ευρήματα περιγράφουν το αρχείο με το SHA-256 που αναγράφεται στην ενότητα Αποδεικτικό υλικό.</translation>
    </message>
    <message>
        <source>Write a PDF report for a case file: case and examiner, the one verdict and its rule, the examiner&apos;s conclusion and notes, the evidence&apos;s SHA-256 and media properties, the model, every face with a section (frame, timecode, track, P(fake)), the classic and adversarial heatmaps of each method side by side, the adversarial sample, optionally the evaluation, the score timeline of a video, and every parameter and seed needed to reproduce the figures. With --case the report is rendered from a saved case without running the detector; with PATH the evidence is analysed first, as `analyse` does.</source>
        <translation>Γράφει μια αναφορά PDF για ένα αρχείο υπόθεσης: υπόθεση και εξεταστή, τη μία ετυμηγορία και τον κανόνα της, το συμπέρασμα και τις σημειώσεις του εξεταστή, το SHA-256 και τις ιδιότητες πολυμέσων του αποδεικτικού υλικού, το μοντέλο, κάθε πρόσωπο με δική του ενότητα (καρέ, χρονικός κωδικός, ίχνος, P(fake)), τους κλασικούς και αντιπαραθετικούς χάρτες θερμότητας κάθε μεθόδου δίπλα-δίπλα, το αντιπαραθετικό δείγμα, προαιρετικά την αξιολόγηση, τη γραμμή χρόνου βαθμολογιών ενός βίντεο, και κάθε παράμετρο και σπόρο που χρειάζονται για την αναπαραγωγή των σχημάτων. Με --case η αναφορά δημιουργείται από μια αποθηκευμένη υπόθεση χωρίς εκτέλεση του ανιχνευτή· με PATH το αποδεικτικό υλικό αναλύεται πρώτα, όπως κάνει το `analyse`.</translation>
    </message>
    <message>
        <source>The evidence: an image or a video (opened read-only). Not with --case.</source>
        <translation>Το αποδεικτικό υλικό: μια εικόνα ή ένα βίντεο (ανοίγει μόνο για ανάγνωση). Όχι μαζί με --case.</translation>
    </message>
    <message>
        <source>report: give either --case FILE or the evidence PATH, not both</source>
        <translation>report: δώστε είτε --case FILE είτε τη διαδρομή PATH του αποδεικτικού υλικού, όχι και τα δύο</translation>
    </message>
    <message>
        <source>report: give exactly one PATH, or --case FILE</source>
        <translation>report: δώστε ακριβώς ένα PATH ή --case FILE</translation>
    </message>
    <message>
        <source>bench: the cold run of explain --method %1 failed: %2</source>
        <translation>bench: η ψυχρή εκτέλεση του explain --method %1 απέτυχε: %2</translation>
    </message>
    <message>
        <source>Skip the cold runs (each method as a fresh explain process).</source>
        <translation>Παράλειψη των ψυχρών εκτελέσεων (κάθε μέθοδος ως νέα διεργασία explain).</translation>
    </message>
    <message>
        <source>Detector: a Keras MesoNet .h5 or a TorchScript .pt with its card (default: the installed Meso4_DF). Given twice or more, the models form an ensemble, as in the workbench: a face&apos;s P(fake) is the largest of theirs.</source>
        <translation>Ανιχνευτής: ένα Keras MesoNet .h5 ή ένα TorchScript .pt με την κάρτα του (προεπιλογή: το εγκατεστημένο Meso4_DF). Αν δοθεί δύο ή περισσότερες φορές, τα μοντέλα σχηματίζουν σύνολο (ensemble), όπως στον πάγκο εργασίας: το P(fake) ενός προσώπου είναι το μεγαλύτερο από τα δικά τους.</translation>
    </message>
    <message>
        <source>Measure the model&apos;s error rates on a labelled dataset (images under fake/ and real/ folders, read as `evaluate` reads them): faces per class, ROC AUC, the share of fakes missed and of reals flagged at the card&apos;s threshold, a reliability table of 10 P(fake) bins and a proposed inconclusive band. The record is written beside the model file as &lt;model file&gt;.calibration.json (replacing an earlier one); reports and the Models dialog state it for the model.</source>
        <translation>Μέτρηση των ποσοστών σφάλματος του μοντέλου σε ένα επισημασμένο σύνολο δεδομένων (εικόνες σε φακέλους fake/ και real/, όπως τις διαβάζει το `evaluate`): πρόσωπα ανά κατηγορία, ROC AUC, το ποσοστό των πλαστών που χάνονται και των αυθεντικών που επισημαίνονται στο κατώφλι της κάρτας, ένας πίνακας αξιοπιστίας 10 διαστημάτων P(fake) και μια προτεινόμενη ζώνη αβεβαιότητας. Η καταγραφή γράφεται δίπλα στο αρχείο του μοντέλου ως &lt;model file&gt;.calibration.json (αντικαθιστώντας προηγούμενη)· οι αναφορές και ο διάλογος Μοντέλων την αναφέρουν για το μοντέλο.</translation>
    </message>
    <message>
        <source>A folder tree with fake/ and real/ folders of face crops or frames.</source>
        <translation>Ένα δέντρο φακέλων με φακέλους fake/ και real/ με περικομμένα πρόσωπα ή καρέ.</translation>
    </message>
    <message>
        <source>calibrate: give exactly one DATASET folder</source>
        <translation>calibrate: δώστε ακριβώς έναν φάκελο DATASET</translation>
    </message>
    <message>
        <source>calibrate: %1 is not a folder</source>
        <translation>calibrate: το %1 δεν είναι φάκελος</translation>
    </message>
    <message>
        <source>calibrate: %1 is inside the dataset %2; write the record elsewhere</source>
        <translation>calibrate: το %1 βρίσκεται μέσα στο σύνολο δεδομένων %2· γράψτε την καταγραφή αλλού</translation>
    </message>
    <message>
        <source>calibrate: give another place for the record with --output FILE</source>
        <translation>calibrate: δώστε άλλη θέση για την καταγραφή με --output FILE</translation>
    </message>
    <message>
        <source>calibrate: cancelled; no record was written</source>
        <translation>calibrate: ακυρώθηκε· δεν γράφτηκε καμία καταγραφή</translation>
    </message>
    <message>
        <source>Keep the faces too small to judge (box under the model card&apos;s min_face_fraction of its input, 64 px for MesoNet) in the verdict; by default they are listed but left out.</source>
        <translation>Διατήρηση στην ετυμηγορία των προσώπων που είναι πολύ μικρά για κρίση (πλαίσιο κάτω από το min_face_fraction της κάρτας μοντέλου ως προς την είσοδό του, 64 px για το MesoNet)· από προεπιλογή αναφέρονται αλλά παραλείπονται.</translation>
    </message>
    <message>
        <source>Images: re-score each face after JPEG re-encoding (quality 90, 75, 50), downscaling (0.75, 0.5) and a one-pixel shift, and say whether its verdict holds (videos are scored without it).</source>
        <translation>Εικόνες: επαναβαθμολόγηση κάθε προσώπου μετά από επανακωδικοποίηση JPEG (ποιότητα 90, 75, 50), σμίκρυνση (0,75, 0,5) και μετατόπιση ενός εικονοστοιχείου, και ένδειξη αν η ετυμηγορία του αντέχει (τα βίντεο βαθμολογούνται χωρίς αυτό).</translation>
    </message>
    <message>
        <source>detect: --robustness applies to images only; %1 is scored without it</source>
        <translation>detect: το --robustness ισχύει μόνο για εικόνες· το %1 βαθμολογείται χωρίς αυτό</translation>
    </message>
    <message>
        <source>Explain the detector&apos;s verdict on each face of an image with the explanation methods (%1), classic and adversarial (_adv).</source>
        <translation>Εξηγεί την ετυμηγορία του ανιχνευτή για κάθε πρόσωπο μιας εικόνας με τις μεθόδους εξήγησης (%1), κλασικά και αντιπαραθετικά (_adv).</translation>
    </message>
    <message>
        <source>%1, or a comma-separated list (default all: every method, classic and adversarial).</source>
        <translation>%1, ή λίστα χωρισμένη με κόμματα (προεπιλογή all: κάθε μέθοδος, κλασική και αντιπαραθετική).</translation>
    </message>
    <message>
        <source>Samples per method: %1. Default: the paper&apos;s settings.</source>
        <translation>Δείγματα ανά μέθοδο: %1. Προεπιλογή: οι ρυθμίσεις του άρθρου.</translation>
    </message>
    <message>
        <source>Set one method parameter, METHOD.KEY=VALUE (repeatable, applied after --samples). Parameters and defaults: %1.</source>
        <translation>Ορισμός μίας παραμέτρου μεθόδου, METHOD.KEY=VALUE (επαναλαμβανόμενο, εφαρμόζεται μετά το --samples). Παράμετροι και προεπιλογές: %1.</translation>
    </message>
    <message>
        <source>Usage: fakelens-cli COMMAND [options]

Commands:
  detect PATH...     find faces and score them (images and videos)
  explain IMAGE      explain the verdict with every method, classic and _adv
  temporal VIDEO     explain one face track over frames; inter-frame consistency
  evaluate PATH      top-k attack evaluation of the explanations (dataset tables)
  calibrate DATASET  measure the model&apos;s error rates on fake/ and real/ folders
  merge FILE...      combine evaluation results files (shards) into tables
  bench              measure detector throughput and explanation speed
  analyse PATH       analyse an image or video into a case file (--case FILE)
  case show FILE     print a case (verdict, faces, methods, notes, audit trail)
  case note FILE     add a note or bookmark, or the conclusion, to a case
  report PATH        analyse an image or video and write a PDF report (--out FILE.pdf)
  report --case FILE write the PDF report of a saved case, without the detector

fakelens-cli COMMAND --help shows the options of a command.
fakelens-cli --version prints the version.</source>
        <translation>Χρήση: fakelens-cli COMMAND [επιλογές]

Εντολές:
  detect PATH...     εύρεση και βαθμολόγηση προσώπων (εικόνες και βίντεο)
  explain IMAGE      εξήγηση της ετυμηγορίας με κάθε μέθοδο, κλασική και _adv
  temporal VIDEO     εξήγηση ενός ίχνους προσώπου σε διαδοχικά καρέ· συνέπεια μεταξύ καρέ
  evaluate PATH      αξιολόγηση των εξηγήσεων με επίθεση στα κορυφαία k (πίνακες συνόλου δεδομένων)
  calibrate DATASET  μέτρηση των ποσοστών σφάλματος του μοντέλου σε φακέλους fake/ και real/
  merge FILE...      συνδυασμός αρχείων αποτελεσμάτων αξιολόγησης (τμημάτων) σε πίνακες
  bench              μέτρηση της απόδοσης του ανιχνευτή και της ταχύτητας των εξηγήσεων
  analyse PATH       ανάλυση εικόνας ή βίντεο σε αρχείο υπόθεσης (--case FILE)
  case show FILE     εκτύπωση μιας υπόθεσης (ετυμηγορία, πρόσωπα, μέθοδοι, σημειώσεις, ιστορικό ελέγχου)
  case note FILE     προσθήκη σημείωσης, σελιδοδείκτη ή του συμπεράσματος σε μια υπόθεση
  report PATH        ανάλυση εικόνας ή βίντεο και εγγραφή αναφοράς PDF (--out FILE.pdf)
  report --case FILE εγγραφή της αναφοράς PDF μιας αποθηκευμένης υπόθεσης, χωρίς τον ανιχνευτή

Το fakelens-cli COMMAND --help δείχνει τις επιλογές μιας εντολής.
Το fakelens-cli --version τυπώνει την έκδοση.</translation>
    </message>
    <message>
        <source>A face the detector missed, drawn by the examiner: X,Y,W,H in image pixels; on a video FRAME:X,Y,W,H, and the face is tracked from that frame (repeatable; scored, explained and reported as drawn by the examiner).</source>
        <translation>Ένα πρόσωπο που δεν εντόπισε ο ανιχνευτής, σχεδιασμένο από τον εξεταστή: X,Y,W,H σε εικονοστοιχεία εικόνας· σε βίντεο FRAME:X,Y,W,H, και το πρόσωπο παρακολουθείται από εκείνο το καρέ (επαναλαμβανόμενο· βαθμολογείται, εξηγείται και αναφέρεται ως σχεδιασμένο από τον εξεταστή).</translation>
    </message>
    <message>
        <source>Also time, as fresh processes, the evaluation of the face (with and without the minimal-budget search) and the main job (analyse, then report --case).</source>
        <translation>Επίσης χρονομέτρηση, ως νέες διεργασίες, της αξιολόγησης του προσώπου (με και χωρίς την αναζήτηση του ελάχιστου προϋπολογισμού) και της κύριας εργασίας (analyse, μετά report --case).</translation>
    </message>
    <message>
        <source>With --jobs: the evaluation attacks the top-1 .. top-K segments (default 3).</source>
        <translation>Με --jobs: η αξιολόγηση επιτίθεται στα τμήματα top-1 .. top-K (προεπιλογή 3).</translation>
    </message>
    <message>
        <source>With --jobs: leave out the evaluation with the budget search.</source>
        <translation>Με --jobs: παράλειψη της αξιολόγησης με την αναζήτηση προϋπολογισμού.</translation>
    </message>
    <message>
        <source>bench: the job &apos;%1&apos; failed: %2</source>
        <translation>bench: η εργασία «%1» απέτυχε: %2</translation>
    </message>
    <message>
        <source>Folder for heatmap and overlay PNGs (created; never in the evidence&apos;s folder).</source>
        <translation>Φάκελος για τα PNG χαρτών θερμότητας και επικαλύψεων (δημιουργείται· ποτέ στον φάκελο του αποδεικτικού υλικού).</translation>
    </message>
    <message>
        <source>Folder for each frame&apos;s heatmap and overlay PNGs (created; never in the evidence&apos;s folder).</source>
        <translation>Φάκελος για τα PNG χαρτών θερμότητας και επικαλύψεων κάθε καρέ (δημιουργείται· ποτέ στον φάκελο του αποδεικτικού υλικού).</translation>
    </message>
    <message>
        <source>temporal: %1 is not a video; explain an image with `fakelens-cli explain`</source>
        <translation>temporal: το %1 δεν είναι βίντεο· εξηγήστε μια εικόνα με `fakelens-cli explain`</translation>
    </message>
    <message numerus="yes">
        <source>%n window frame(s) where the track is called real: the _adv methods skip them (they explain only a face called fake) and pair no frames across them.</source>
        <translation>
            <numerusform>%n καρέ του παραθύρου όπου η τροχιά κρίνεται αληθινή: οι μέθοδοι _adv το παραλείπουν (εξηγούν μόνο πρόσωπο που κρίνεται ψεύτικο) και δεν σχηματίζουν ζεύγος πάνω από αυτό.</numerusform>
            <numerusform>%n καρέ του παραθύρου όπου η τροχιά κρίνεται αληθινή: οι μέθοδοι _adv τα παραλείπουν (εξηγούν μόνο πρόσωπο που κρίνεται ψεύτικο) και δεν σχηματίζουν ζεύγη πάνω από αυτά.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the record to FILE instead of beside the model file (e.g. when the model&apos;s folder is not writable). Reports and the Models dialog read it only beside the model, as &lt;model file&gt;.calibration.json: copy it there to have it quoted.</source>
        <translation>Εγγραφή της καταγραφής στο FILE αντί δίπλα στο αρχείο του μοντέλου (π.χ. όταν ο φάκελος του μοντέλου δεν είναι εγγράψιμος). Οι αναφορές και ο διάλογος Μοντέλα το διαβάζουν μόνο δίπλα στο μοντέλο, ως &lt;αρχείο μοντέλου&gt;.calibration.json: αντιγράψτε το εκεί για να αναφέρεται.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and a conclusion</source>
        <translation>
            <numerusform>%n σημείωση και ένα συμπέρασμα</numerusform>
            <numerusform>%n σημειώσεις και ένα συμπέρασμα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n σημείωση</numerusform>
            <numerusform>%n σημειώσεις</numerusform>
        </translation>
    </message>
    <message>
        <source>a conclusion</source>
        <translation>ένα συμπέρασμα</translation>
    </message>
    <message>
        <source>warning: the case %1 has %2 written about its earlier analysis, kept unchanged; check against the new analysis with fakelens-cli case show %1</source>
        <translation>προειδοποίηση: η υπόθεση %1 έχει %2 γραμμένα για την προηγούμενη ανάλυσή της, που διατηρούνται αμετάβλητα· ελέγξτε τα με τη νέα ανάλυση με fakelens-cli case show %1</translation>
    </message>
    <message>
        <source>The video frame the note is about (0-based): one the analysis looked at; with --face, that face section&apos;s frame.</source>
        <translation>Το καρέ του βίντεο στο οποίο αναφέρεται η σημείωση (από 0): ένα που εξέτασε η ανάλυση· με --face, το καρέ εκείνης της ενότητας προσώπου.</translation>
    </message>
    <message>
        <source>Set the examiner&apos;s conclusion printed on page 1 instead; an empty TEXT (&quot;&quot;) clears it.</source>
        <translation>Ορισμός του συμπεράσματος του εξεταστή που τυπώνεται στη σελίδα 1· ένα κενό TEXT (&quot;&quot;) το διαγράφει.</translation>
    </message>
    <message>
        <source>conclusion cleared</source>
        <translation>το συμπέρασμα διαγράφηκε</translation>
    </message>
    <message>
        <source>Usage: fakelens-cli case ACTION FILE [options]

Read a case file, or add the examiner&apos;s words to it. Actions:
  show FILE [--json]   print the case: evidence and its check, model, verdict, faces,
                       methods, conclusion, notes and the audit trail
  note FILE --text TEXT [--status ok|&quot;to check&quot;|warning] [--face N] [--frame N]
                       add a note or bookmark
  note FILE --conclusion TEXT
                       set the conclusion (an empty TEXT clears it)

fakelens-cli case ACTION --help shows the options of an action.</source>
        <translation>Χρήση: fakelens-cli case ΕΝΕΡΓΕΙΑ FILE [επιλογές]

Ανάγνωση ενός αρχείου υπόθεσης ή προσθήκη των λόγων του εξεταστή σε αυτό. Ενέργειες:
  show FILE [--json]   εκτύπωση της υπόθεσης: αποδεικτικό υλικό και ο έλεγχός του, μοντέλο, ετυμηγορία, πρόσωπα,
                       μέθοδοι, συμπέρασμα, σημειώσεις και το ίχνος ελέγχου
  note FILE --text TEXT [--status ok|&quot;to check&quot;|warning] [--face N] [--frame N]
                       προσθήκη σημείωσης ή σελιδοδείκτη
  note FILE --conclusion TEXT
                       ορισμός του συμπεράσματος (ένα κενό TEXT το διαγράφει)

fakelens-cli case ΕΝΕΡΓΕΙΑ --help δείχνει τις επιλογές μιας ενέργειας.</translation>
    </message>
    <message>
        <source>case: give an action: show FILE [--json], or note FILE --text TEXT [--status S] [--face N] [--frame N], or note FILE --conclusion TEXT (fakelens-cli case --help)</source>
        <translation>case: δώστε μια ενέργεια: show FILE [--json], ή note FILE --text TEXT [--status S] [--face N] [--frame N], ή note FILE --conclusion TEXT (fakelens-cli case --help)</translation>
    </message>
    <message>
        <source>N/64 rounded down to a power of two, at least 2 (2 for any N under 256)</source>
        <translation>N/64 στρογγυλεμένο προς τα κάτω σε δύναμη του δύο, τουλάχιστον 2 (2 για κάθε N κάτω από 256)</translation>
    </message>
    <message>
        <source>Render the report of this saved case (see `analyse`). The case keeps its own analysis, case ID and examiner: the analysis and model options below apply only when report analyses evidence (PATH) and are refused with --case.</source>
        <translation>Δημιουργία της αναφοράς αυτής της αποθηκευμένης υπόθεσης (βλ. `analyse`). Η υπόθεση κρατά τη δική της ανάλυση, αριθμό υπόθεσης και εξεταστή: οι επιλογές ανάλυσης και μοντέλου παρακάτω ισχύουν μόνο όταν το report αναλύει αποδεικτικό υλικό (PATH) και απορρίπτονται με --case.</translation>
    </message>
    <message>
        <source>report: %1 apply only when report analyses evidence (PATH); a case keeps its own analysis, case ID and examiner (analyse the evidence again with fakelens-cli analyse EVIDENCE --case FILE, or set the conclusion with fakelens-cli case note FILE --conclusion TEXT)</source>
        <translation>report: οι %1 ισχύουν μόνο όταν το report αναλύει αποδεικτικό υλικό (PATH)· μια υπόθεση κρατά τη δική της ανάλυση, αριθμό υπόθεσης και εξεταστή (αναλύστε ξανά το αποδεικτικό υλικό με fakelens-cli analyse EVIDENCE --case FILE ή ορίστε το συμπέρασμα με fakelens-cli case note FILE --conclusion TEXT)</translation>
    </message>
    <message>
        <source>Combine the results files of `fakelens-cli evaluate --shard I/N` runs into the tables a single run would print (same order, same rounding). The files must share every parameter (model hash, seed, settings) and the FakeLens version: a file that differs is refused, naming it and the field. An image in several files is counted once (matched by its path below the dataset folder, so a file from a run of another folder is warned about: its images would count twice); a record cut by a killed run is ignored.</source>
        <translation>Συνδυάζει τα αρχεία αποτελεσμάτων εκτελέσεων `fakelens-cli evaluate --shard I/N` στους πίνακες που θα τύπωνε μία μόνο εκτέλεση (ίδια σειρά, ίδια στρογγυλοποίηση). Τα αρχεία πρέπει να έχουν κοινές όλες τις παραμέτρους (hash μοντέλου, seed, ρυθμίσεις) και την έκδοση του FakeLens: ένα αρχείο που διαφέρει απορρίπτεται, με αναφορά στο αρχείο και στο πεδίο. Μια εικόνα σε πολλά αρχεία μετριέται μία φορά (αναγνωρίζεται από τη διαδρομή της κάτω από τον φάκελο του συνόλου δεδομένων· για αρχείο από εκτέλεση σε άλλο φάκελο δίνεται προειδοποίηση, αφού οι εικόνες του θα μετρούσαν δύο φορές)· μια εγγραφή κομμένη από διακοπείσα εκτέλεση αγνοείται.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::AdversarialPanel</name>
    <message>
        <source>NES iteration</source>
        <translation>Επανάληψη NES</translation>
    </message>
    <message>
        <source>P(real)</source>
        <translation>P(γνήσιο)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>πρόσωπο</translation>
    </message>
    <message>
        <source>adversarial sample</source>
        <translation>αντιπαραθετικό δείγμα</translation>
    </message>
    <message>
        <source>difference (amplified)</source>
        <translation>διαφορά (ενισχυμένη)</translation>
    </message>
    <message>
        <source>No adversarial sample yet.</source>
        <translation>Δεν υπάρχει ακόμη αντιπαραθετικό δείγμα.</translation>
    </message>
    <message>
        <source>This explanation has no adversarial form.</source>
        <translation>Αυτή η εξήγηση δεν έχει αντιπαραθετική μορφή.</translation>
    </message>
    <message>
        <source>NES: %1 iterations, %2 model inferences, %3 s. P(real) of the sample %4: the detector %5.</source>
        <translation>NES: %1 επαναλήψεις, %2 συμπεράσεις μοντέλου, %3 s. P(γνήσιο) του δείγματος %4: ο ανιχνευτής %5.</translation>
    </message>
    <message>
        <source>calls it real (the attack flipped the verdict)</source>
        <translation>το θεωρεί γνήσιο (η επίθεση αντέστρεψε την ετυμηγορία)</translation>
    </message>
    <message>
        <source>still calls it fake (not flipped within the iteration limit)</source>
        <translation>το θεωρεί ακόμη πλαστό (δεν αντιστράφηκε εντός του ορίου επαναλήψεων)</translation>
    </message>
    <message>
        <source>amplified ×%1, mid grey = unchanged
L∞ = %2 / 255</source>
        <translation>ενισχυμένη ×%1, μεσαίο γκρι = αμετάβλητο
L∞ = %2 / 255</translation>
    </message>
    <message>
        <source>calls it %1 (its P(fake) is inside the model card&apos;s band %2–%3)</source>
        <translation>το κρίνει %1 (η P(fake) του είναι μέσα στη ζώνη %2–%3 της κάρτας μοντέλου)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::AttackedFacesView</name>
    <message>
        <source>Whose top-k segments were attacked (selecting a row of the table picks it too)</source>
        <translation>Ποιανού τα κορυφαία k τμήματα δέχτηκαν επίθεση (η επιλογή μιας γραμμής του πίνακα το επιλέγει επίσης)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attacked faces&lt;/b&gt; of</source>
        <translation>&lt;b&gt;Πρόσωπα που δέχτηκαν επίθεση&lt;/b&gt; του</translation>
    </message>
    <message>
        <source>The faces after each top-k attack appear here once the evaluation has run.</source>
        <translation>Τα πρόσωπα μετά από κάθε επίθεση στα κορυφαία k εμφανίζονται εδώ μόλις ολοκληρωθεί η αξιολόγηση.</translation>
    </message>
    <message>
        <source>Outlined: the k segments the attack was allowed to change (at most %1/255 per pixel, invisible by eye). Underneath: what the detector says about the attacked face.</source>
        <translation>Με περίγραμμα: τα k τμήματα που επιτρεπόταν να αλλάξει η επίθεση (το πολύ %1/255 ανά εικονοστοιχείο, αόρατο με γυμνό μάτι). Από κάτω: τι λέει ο ανιχνευτής για το πρόσωπο που δέχτηκε επίθεση.</translation>
    </message>
    <message>
        <source>The attacked images were not kept for this evaluation.</source>
        <translation>Οι εικόνες που δέχτηκαν επίθεση δεν διατηρήθηκαν για αυτή την αξιολόγηση.</translation>
    </message>
    <message>
        <source>%1, top-%2 segments attacked: P(fake) %3 -&gt; %4 (%5), %6 NES steps, L∞ %7/255</source>
        <translation>%1, επίθεση στα κορυφαία %2 τμήματα: P(fake) %3 -&gt; %4 (%5), %6 βήματα NES, L∞ %7/255</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>ακόμη %1</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>τώρα %1</translation>
    </message>
    <message>
        <source>k=%1 · %2 %3</source>
        <translation>k=%1 · %2 %3</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::CaseController</name>
    <message>
        <source>Open an image or a video first: a case holds the analysis of one evidence.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο: μια υπόθεση περιέχει την ανάλυση ενός αποδεικτικού υλικού.</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Αποθήκευση υπόθεσης</translation>
    </message>
    <message>
        <source>FakeLens cases (*.fakelens);;All files (*)</source>
        <translation>Υποθέσεις FakeLens (*.fakelens);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Άνοιγμα υπόθεσης</translation>
    </message>
    <message>
        <source>The faces of the shown frame are still being detected; save the case when they are in.</source>
        <translation>Τα πρόσωπα του εμφανιζόμενου καρέ εντοπίζονται ακόμη· αποθηκεύστε την υπόθεση μόλις είναι έτοιμα.</translation>
    </message>
    <message>
        <source>The case is being saved or opened; wait until it is done.</source>
        <translation>Η υπόθεση αποθηκεύεται ή ανοίγει· περιμένετε μέχρι να ολοκληρωθεί.</translation>
    </message>
    <message>
        <source>Choose where to save the case.</source>
        <translation>Επιλέξτε πού θα αποθηκευτεί η υπόθεση.</translation>
    </message>
    <message>
        <source>Saving the case %1…</source>
        <translation>Αποθήκευση της υπόθεσης %1…</translation>
    </message>
    <message>
        <source>The case %1 holds the analysis of other evidence (%2, SHA-256 %3); this evidence&apos;s SHA-256 is %4. Nothing was saved: save to a new case file.</source>
        <translation>Η υπόθεση %1 περιέχει την ανάλυση άλλου αποδεικτικού υλικού (%2, SHA-256 %3)· το SHA-256 αυτού του αποδεικτικού υλικού είναι %4. Δεν αποθηκεύτηκε τίποτα: αποθηκεύστε σε νέο αρχείο υπόθεσης.</translation>
    </message>
    <message>
        <source>Saving the case was cancelled.</source>
        <translation>Η αποθήκευση της υπόθεσης ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The case was not saved. %1</source>
        <translation>Η υπόθεση δεν αποθηκεύτηκε. %1</translation>
    </message>
    <message>
        <source>Case saved: %1.</source>
        <translation>Η υπόθεση αποθηκεύτηκε: %1.</translation>
    </message>
    <message>
        <source>Opening the case %1 and checking its evidence…</source>
        <translation>Άνοιγμα της υπόθεσης %1 και έλεγχος του αποδεικτικού υλικού της…</translation>
    </message>
    <message>
        <source>the case holds no analysis yet</source>
        <translation>η υπόθεση δεν περιέχει ακόμη ανάλυση</translation>
    </message>
    <message>
        <source>The case %1 could not be opened; nothing was changed. %2</source>
        <translation>Η υπόθεση %1 δεν ήταν δυνατό να ανοίξει· δεν άλλαξε τίποτα. %2</translation>
    </message>
    <message>
        <source>The evidence of the case %1 is missing: %2 is not there. The case&apos;s analysis cannot be shown on its faces; the case file was not changed.</source>
        <translation>Το αποδεικτικό υλικό της υπόθεσης %1 λείπει: το %2 δεν υπάρχει. Η ανάλυση της υπόθεσης δεν μπορεί να εμφανιστεί στα πρόσωπά του· το αρχείο της υπόθεσης δεν άλλαξε.</translation>
    </message>
    <message>
        <source>The evidence %1 is NOT the file the case %2 analysed: %3. The workbench shows the file as it is now; the case&apos;s results are not put on its faces.</source>
        <translation>Το αποδεικτικό υλικό %1 ΔΕΝ είναι το αρχείο που ανέλυσε η υπόθεση %2: %3. Ο πάγκος εργασίας δείχνει το αρχείο όπως είναι τώρα· τα αποτελέσματα της υπόθεσης δεν τοποθετούνται στα πρόσωπά του.</translation>
    </message>
    <message>
        <source>FakeLens — %1</source>
        <translation>FakeLens — %1</translation>
    </message>
    <message>
        <source>FakeLens</source>
        <translation>FakeLens</translation>
    </message>
    <message>
        <source>FakeLens — %1 — case %2</source>
        <translation>FakeLens — %1 — υπόθεση %2</translation>
    </message>
    <message>
        <source>FakeLens — case %1</source>
        <translation>FakeLens — υπόθεση %1</translation>
    </message>
    <message>
        <source>The case was analysed with the model %1 (%2); the workbench has %3 loaded. The case&apos;s results are shown as saved; new explanations and evaluations would come from %3. Tools › Models… loads the case&apos;s model.</source>
        <translation>Η υπόθεση αναλύθηκε με το μοντέλο %1 (%2)· ο πάγκος εργασίας έχει φορτωμένο το %3. Τα αποτελέσματα της υπόθεσης εμφανίζονται όπως αποθηκεύτηκαν· νέες εξηγήσεις και αξιολογήσεις θα προέρχονταν από το %3. Το Εργαλεία › Μοντέλα… φορτώνει το μοντέλο της υπόθεσης.</translation>
    </message>
    <message>
        <source>%1 exists already; a new case is written to a new file. Nothing was saved.</source>
        <translation>Το %1 υπάρχει ήδη· μια νέα υπόθεση γράφεται σε νέο αρχείο. Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
    <message>
        <source>The case&apos;s model was not loaded: %1.</source>
        <translation>Το μοντέλο της υπόθεσης δεν φορτώθηκε: %1.</translation>
    </message>
    <message>
        <source>Open an image or a video first: a new case holds the analysis of the open evidence.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο: μια νέα υπόθεση περιέχει την ανάλυση του ανοιχτού αποδεικτικού στοιχείου.</translation>
    </message>
    <message>
        <source>Start a new case for the open evidence: case ID, examiner and case file (Ctrl+Shift+N)</source>
        <translation>Έναρξη νέας υπόθεσης για το ανοιχτό αποδεικτικό στοιχείο: αναγνωριστικό υπόθεσης, εξεταστής και αρχείο υπόθεσης (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>A new case needs a case ID; no case was written.</source>
        <translation>Μια νέα υπόθεση χρειάζεται αναγνωριστικό υπόθεσης· δεν γράφτηκε καμία υπόθεση.</translation>
    </message>
    <message>
        <source>%1 is in the evidence&apos;s folder, which FakeLens never writes to; save the case in another folder. Nothing was saved.</source>
        <translation>Το %1 βρίσκεται στον φάκελο του αποδεικτικού υλικού, όπου το FakeLens δεν γράφει ποτέ· αποθηκεύστε την υπόθεση σε άλλο φάκελο. Δεν αποθηκεύτηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::CaseNotesController</name>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>The notes of the case could not be read.</source>
        <translation>Δεν ήταν δυνατή η ανάγνωση των σημειώσεων της υπόθεσης.</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Σελιδοδείκτης</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Open an image or a video first: a bookmark is on its shown frame.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο: ένας σελιδοδείκτης αφορά το καρέ που εμφανίζεται.</translation>
    </message>
    <message>
        <source>Open an image or a video and save it as a case first: notes are kept in the case file.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο και αποθηκεύστε το ως υπόθεση: οι σημειώσεις φυλάσσονται στο αρχείο της υπόθεσης.</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Αποθηκεύστε πρώτα την υπόθεση</translation>
    </message>
    <message>
        <source>Notes are kept in the case file, and no case is saved yet. Save the analysis as a case now? The note is added to it once it is saved.</source>
        <translation>Οι σημειώσεις φυλάσσονται στο αρχείο της υπόθεσης και δεν έχει αποθηκευτεί ακόμη υπόθεση. Να αποθηκευτεί τώρα η ανάλυση ως υπόθεση; Η σημείωση προστίθεται μόλις αποθηκευτεί.</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>Η σημείωση δεν προστέθηκε.</translation>
    </message>
    <message>
        <source>the note is no longer in the case</source>
        <translation>η σημείωση δεν υπάρχει πλέον στην υπόθεση</translation>
    </message>
    <message>
        <source>The status of the note was not changed.</source>
        <translation>Η κατάσταση της σημείωσης δεν άλλαξε.</translation>
    </message>
    <message>
        <source>The note was not changed.</source>
        <translation>Η σημείωση δεν άλλαξε.</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Αφαίρεση σημείωσης</translation>
    </message>
    <message>
        <source>Remove the note &quot;%1&quot; from the case? The audit trail keeps that it was removed.</source>
        <translation>Να αφαιρεθεί η σημείωση «%1» από την υπόθεση; Το ιστορικό ελέγχου καταγράφει ότι αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>The note was not removed.</source>
        <translation>Η σημείωση δεν αφαιρέθηκε.</translation>
    </message>
    <message>
        <source>The conclusion was not saved.</source>
        <translation>Το συμπέρασμα δεν αποθηκεύτηκε.</translation>
    </message>
    <message>
        <source>No case is open: save the case first (File › Save case as…).</source>
        <translation>Δεν είναι ανοιχτή καμία υπόθεση: αποθηκεύστε πρώτα την υπόθεση (Αρχείο › Αποθήκευση υπόθεσης ως…).</translation>
    </message>
    <message>
        <source>The shown evidence is not the evidence of the case %1 (or the case is still being read): a bookmark there would point at the wrong frame. Add a note without a frame, or open the case&apos;s evidence.</source>
        <translation>Το αποδεικτικό υλικό που εμφανίζεται δεν είναι το αποδεικτικό υλικό της υπόθεσης %1 (ή η υπόθεση διαβάζεται ακόμη): ένας σελιδοδείκτης εκεί θα έδειχνε σε λάθος καρέ. Προσθέστε μια σημείωση χωρίς καρέ ή ανοίξτε το αποδεικτικό υλικό της υπόθεσης.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::CaseNotesPanel</name>
    <message>
        <source>ok</source>
        <translation>εντάξει</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>προς έλεγχο</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>προειδοποίηση</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Νέα σημείωση…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Προσθήκη σημείωσης</translation>
    </message>
    <message>
        <source>Add the note to the case as a whole</source>
        <translation>Προσθήκη της σημείωσης στην υπόθεση ως σύνολο</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Σελιδοδείκτης καρέ</translation>
    </message>
    <message>
        <source>Add the note on the shown frame and the selected face (Ctrl+B)</source>
        <translation>Προσθήκη της σημείωσης στο καρέ που εμφανίζεται και στο επιλεγμένο πρόσωπο (Ctrl+B)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Αφαίρεση</translation>
    </message>
    <message>
        <source>Remove the selected note from the case (kept in its audit trail)</source>
        <translation>Αφαίρεση της επιλεγμένης σημείωσης από την υπόθεση (καταγράφεται στο ιστορικό ελέγχου)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Σημείωση</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Πού</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Πότε (UTC)</translation>
    </message>
    <message>
        <source>The examiner&apos;s conclusion, printed on page 1 of the report</source>
        <translation>Το συμπέρασμα του εξεταστή, τυπωμένο στη σελίδα 1 της αναφοράς</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Αποθήκευση συμπεράσματος</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Συμπέρασμα</translation>
    </message>
    <message>
        <source>Notes of the case %1; every change is saved to it at once.</source>
        <translation>Σημειώσεις της υπόθεσης %1· κάθε αλλαγή αποθηκεύεται αμέσως σε αυτήν.</translation>
    </message>
    <message>
        <source>face section %1, track %2</source>
        <translation>ενότητα προσώπου %1, ίχνος %2</translation>
    </message>
    <message>
        <source>face section %1</source>
        <translation>ενότητα προσώπου %1</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>καρέ %1 (%2)</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>καρέ %1</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>η υπόθεση</translation>
    </message>
    <message>
        <source>No case is open: adding a note first asks to save the analysis as a case.</source>
        <translation>Δεν είναι ανοιχτή καμία υπόθεση: η προσθήκη σημείωσης ζητά πρώτα να αποθηκευτεί η ανάλυση ως υπόθεση.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ColorLegend</name>
    <message>
        <source>low</source>
        <translation>χαμηλή</translation>
    </message>
    <message>
        <source>high importance for “fake”</source>
        <translation>υψηλή σημασία για «πλαστό»</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationChart</name>
    <message>
        <source>P(fake) after attacking the top-k segments (below the red line: now called real)</source>
        <translation>P(fake) μετά την επίθεση στα κορυφαία k τμήματα (κάτω από την κόκκινη γραμμή: κρίνεται πλέον γνήσιο)</translation>
    </message>
    <message>
        <source>Sufficiency: how much P(fake) dropped (higher: the explanation found what matters)</source>
        <translation>Επάρκεια: πόσο έπεσε το P(fake) (υψηλότερη: η εξήγηση βρήκε ό,τι μετράει)</translation>
    </message>
    <message>
        <source>P(fake) after</source>
        <translation>P(fake) μετά</translation>
    </message>
    <message>
        <source>P(fake) drop</source>
        <translation>Πτώση του P(fake)</translation>
    </message>
    <message>
        <source>classic, k = %1</source>
        <translation>κλασική, k = %1</translation>
    </message>
    <message>
        <source>threshold %1 (below: called real)</source>
        <translation>κατώφλι %1 (από κάτω: κρίνεται γνήσιο)</translation>
    </message>
    <message>
        <source>_adv, k = %1</source>
        <translation>_adv, k = %1</translation>
    </message>
    <message>
        <source>P(fake) before the attack, %1</source>
        <translation>P(fake) πριν από την επίθεση, %1</translation>
    </message>
    <message>
        <source>RANDOM, k = %1</source>
        <translation>RANDOM, k = %1</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-k segments (in the shaded band: inconclusive)</source>
        <translation>P(fake) μετά την επίθεση στα κορυφαία k τμήματα (στη σκιασμένη ζώνη: ασαφές)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>κατώφλι %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationController</name>
    <message>
        <source>scoring the face</source>
        <translation>βαθμολόγηση του προσώπου</translation>
    </message>
    <message>
        <source>segmenting the face</source>
        <translation>τμηματοποίηση του προσώπου</translation>
    </message>
    <message>
        <source>making the adversarial sample (NES)</source>
        <translation>δημιουργία του αντιπαραθετικού δείγματος (NES)</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>ολοκλήρωση</translation>
    </message>
    <message>
        <source>attacking the top-k segments</source>
        <translation>επίθεση στα κορυφαία k τμήματα</translation>
    </message>
    <message>
        <source>attacking the top-k segments of %1</source>
        <translation>επίθεση στα κορυφαία k τμήματα του %1</translation>
    </message>
    <message>
        <source>explaining with %1</source>
        <translation>εξήγηση με %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationPanel</name>
    <message>
        <source>not measured</source>
        <translation>δεν μετρήθηκε</translation>
    </message>
    <message>
        <source>never flipped</source>
        <translation>δεν αντιστράφηκε ποτέ</translation>
    </message>
    <message>
        <source>%1/255</source>
        <translation>%1/255</translation>
    </message>
    <message>
        <source>Select a face the detector calls fake, pick the methods and press Evaluate.</source>
        <translation>Επιλέξτε ένα πρόσωπο που ο ανιχνευτής κρίνει πλαστό, διαλέξτε τις μεθόδους και πατήστε Αξιολόγηση.</translation>
    </message>
    <message>
        <source>%1 with the hidden parts filled from the NES adversarial sample</source>
        <translation>%1 με τα κρυμμένα μέρη γεμισμένα από το αντιπαραθετικό δείγμα NES</translation>
    </message>
    <message>
        <source>%1 with its classic fill</source>
        <translation>%1 με την κλασική του πλήρωση</translation>
    </message>
    <message>
        <source>RANDOM baseline</source>
        <translation>Αναφορά RANDOM</translation>
    </message>
    <message>
        <source>A random ranking of the segments, attacked the same way: an explanation is useful only where it does better than this</source>
        <translation>Μια τυχαία κατάταξη των τμημάτων, που δέχεται επίθεση με τον ίδιο τρόπο: μια εξήγηση είναι χρήσιμη μόνο όπου τα πάει καλύτερα από αυτήν</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Όλες</translation>
    </message>
    <message>
        <source>top-k </source>
        <translation>κορυφαία k </translation>
    </message>
    <message>
        <source>Attack the top-1, top-2, ... top-k segments of each ranking (the paper: 3)</source>
        <translation>Επίθεση στα κορυφαία 1, 2, ... k τμήματα κάθε κατάταξης (το άρθρο: 3)</translation>
    </message>
    <message>
        <source>NES steps </source>
        <translation>Βήματα NES </translation>
    </message>
    <message>
        <source>M, the most NES steps of each attack (the paper: 50)</source>
        <translation>M, τα περισσότερα βήματα NES κάθε επίθεσης (το άρθρο: 50)</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> δείγματα</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Attack the top-k segments of each checked method&apos;s ranking for the selected face</source>
        <translation>Επίθεση στα κορυφαία k τμήματα της κατάταξης κάθε επιλεγμένης μεθόδου για το επιλεγμένο πρόσωπο</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Διακοπή</translation>
    </message>
    <message>
        <source>Stop the running evaluation (Esc)</source>
        <translation>Διακοπή της αξιολόγησης που εκτελείται (Esc)</translation>
    </message>
    <message>
        <source>Evaluation of face #%1, frame %2</source>
        <translation>Αξιολόγηση του προσώπου #%1, καρέ %2</translation>
    </message>
    <message>
        <source>Evaluation of face #%1</source>
        <translation>Αξιολόγηση του προσώπου #%1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n method(s)… (Esc, Stop or Cancel in the status bar stops it)</source>
        <translation>
            <numerusform>Αξιολόγηση %n μεθόδου… (το Esc, το Διακοπή ή το Ακύρωση στη γραμμή κατάστασης τη σταματά)</numerusform>
            <numerusform>Αξιολόγηση %n μεθόδων… (το Esc, το Διακοπή ή το Ακύρωση στη γραμμή κατάστασης τη σταματά)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · P(fake) %2 (%3)</source>
        <translation>%1 · P(fake) %2 (%3)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Μέθοδος</translation>
    </message>
    <message>
        <source>P(fake)
k=%1</source>
        <translation>P(fake)
k=%1</translation>
    </message>
    <message>
        <source>suff.
k=%1</source>
        <translation>επάρκ.
k=%1</translation>
    </message>
    <message>
        <source>flips
at k</source>
        <translation>αντιστρ.
στο k</translation>
    </message>
    <message>
        <source>The ranking&apos;s method; RANDOM is the baseline</source>
        <translation>Η μέθοδος της κατάταξης· το RANDOM είναι η αναφορά</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-%1 segments (red: still fake, green: now real)</source>
        <translation>P(fake) μετά την επίθεση στα κορυφαία %1 τμήματα (κόκκινο: ακόμη πλαστό, πράσινο: τώρα γνήσιο)</translation>
    </message>
    <message>
        <source>Sufficiency at k=%1: P(fake) before minus P(fake) after the attack</source>
        <translation>Επάρκεια για k=%1: P(fake) πριν μείον P(fake) μετά την επίθεση</translation>
    </message>
    <message>
        <source>The smallest k whose attack flipped the verdict</source>
        <translation>Το μικρότερο k του οποίου η επίθεση αντέστρεψε την ετυμηγορία</translation>
    </message>
    <message>
        <source>RANDOM: top segments %1</source>
        <translation>RANDOM: κορυφαία τμήματα %1</translation>
    </message>
    <message>
        <source>%1: top segments %2; explained in %3 s with %4 inferences</source>
        <translation>%1: κορυφαία τμήματα %2· εξηγήθηκε σε %3 s με %4 συμπεράσεις</translation>
    </message>
    <message>
        <source>%1, top-%2: P(fake) %3 -&gt; %4, %5 NES steps, %6 inferences, L∞ %7/255, minimal budget %8</source>
        <translation>%1, κορυφαία %2: P(fake) %3 -&gt; %4, %5 βήματα NES, %6 συμπεράσεις, L∞ %7/255, ελάχιστος προϋπολογισμός %8</translation>
    </message>
    <message>
        <source>The verdict flipped to real when the top-%1 segments were attacked</source>
        <translation>Η ετυμηγορία γύρισε σε γνήσιο όταν δέχτηκαν επίθεση τα κορυφαία %1 τμήματα</translation>
    </message>
    <message>
        <source>The verdict did not flip for any k up to %1</source>
        <translation>Η ετυμηγορία δεν αντιστράφηκε για κανένα k έως %1</translation>
    </message>
    <message>
        <source>Samples per method for the explanations that are evaluated (each sampling method&apos;s count; the others follow their own rule). Small for a quick look; the paper uses 2000, raise it for results that go into a case file.</source>
        <translation>Δείγματα ανά μέθοδο για τις εξηγήσεις που αξιολογούνται (το πλήθος κάθε μεθόδου δειγματοληψίας· οι υπόλοιπες ακολουθούν τον δικό τους κανόνα). Μικρό για γρήγορη ματιά· το άρθρο χρησιμοποιεί 2000 — αυξήστε το για αποτελέσματα που μπαίνουν σε φάκελο υπόθεσης.</translation>
    </message>
    <message>
        <source>%1 needs the detector&apos;s gradients; the loaded model gives none</source>
        <translation>Η %1 χρειάζεται τις κλίσεις του ανιχνευτή· το φορτωμένο μοντέλο δεν δίνει καμία</translation>
    </message>
    <message>
        <source>The detector calls this face %1 (P(fake) %2 below the threshold %3). Only faces at or above the threshold are attacked, so there is nothing to evaluate.</source>
        <translation>Ο ανιχνευτής κρίνει αυτό το πρόσωπο %1 (P(fake) %2 κάτω από το κατώφλι %3). Δέχονται επίθεση μόνο πρόσωπα στο κατώφλι ή πάνω από αυτό, οπότε δεν υπάρχει τίποτα να αξιολογηθεί.</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-%1 segments (red: fake, orange: inconclusive, green: real)</source>
        <translation>P(fake) μετά την επίθεση στα κορυφαία %1 τμήματα (κόκκινο: πλαστό, πορτοκαλί: ασαφές, πράσινο: γνήσιο)</translation>
    </message>
    <message>
        <source>P(fake) fell below the threshold when the top-%1 segments were attacked</source>
        <translation>Η P(fake) έπεσε κάτω από το κατώφλι όταν δέχτηκαν επίθεση τα κορυφαία %1 τμήματα</translation>
    </message>
    <message>
        <source>The same segments as %1 top-%2: one attack, shown in both rows.</source>
        <translation>Τα ίδια τμήματα με το %1 top-%2: μία επίθεση, που φαίνεται και στις δύο γραμμές.</translation>
    </message>
    <message>
        <source>Check every method (press again to clear them)</source>
        <translation>Επιλογή όλων των μεθόδων (πατήστε ξανά για να αποεπιλεγούν)</translation>
    </message>
    <message>
        <source>Each ranking of the face&apos;s %1 segments is tested by letting NES change only its top-k segments (at most %2/255 per pixel, %3 steps). If the explanation found what the detector relies on, P(fake) falls (high sufficiency) and the verdict may flip to real. %4 samples per sampling method, seed %5, %6 s.</source>
        <translation>Κάθε κατάταξη των %1 τμημάτων του προσώπου ελέγχεται αφήνοντας το NES να αλλάξει μόνο τα κορυφαία k τμήματά της (το πολύ %2/255 ανά εικονοστοιχείο, %3 βήματα). Αν η εξήγηση βρήκε αυτό στο οποίο βασίζεται ο ανιχνευτής, το P(fake) πέφτει (υψηλή επάρκεια) και η ετυμηγορία μπορεί να γυρίσει σε γνήσιο. %4 δείγματα ανά μέθοδο δειγματοληψίας, σπόρος %5, %6 s.</translation>
    </message>
    <message>
        <source>RANDOM ranks the segments at random: a method should do better.</source>
        <translation>Το RANDOM κατατάσσει τα τμήματα τυχαία: μια μέθοδος πρέπει να τα πάει καλύτερα.</translation>
    </message>
    <message>
        <source>†: the same top-k segments as another row, so one attack shown in both (its tooltip names the row).</source>
        <translation>†: τα ίδια κορυφαία k τμήματα με άλλη γραμμή, άρα μία επίθεση που εμφανίζεται και στις δύο (η επεξήγησή της ονομάζει τη γραμμή).</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvidencePanel</name>
    <message>
        <source>No file open.</source>
        <translation>Δεν υπάρχει ανοιχτό αρχείο.</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Μοντέλο: φόρτωση…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px · %4</source>
        <translation>%1 · %2 × %3 px · %4</translation>
    </message>
    <message>
        <source>video</source>
        <translation>βίντεο</translation>
    </message>
    <message>
        <source>image</source>
        <translation>εικόνα</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps</source>
        <translation>%1 καρέ · %2 καρέ/δευτ.</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;fake when P(fake) ≥ %3</source>
        <translation>Μοντέλο &lt;b&gt;%1&lt;/b&gt; σε %2&lt;br&gt;πλαστό όταν P(fake) ≥ %3</translation>
    </message>
    <message>
        <source>Model: not loaded (see the message above the frame)</source>
        <translation>Μοντέλο: δεν φορτώθηκε (δείτε το μήνυμα πάνω από το καρέ)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the evidence file to the clipboard</source>
        <translation>Αντιγραφή ολόκληρου του SHA-256 του αποδεικτικού αρχείου στο πρόχειρο</translation>
    </message>
    <message>
        <source>SHA-256 %1…%2</source>
        <translation>SHA-256: %1…%2</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Show…</source>
        <translation>Εμφάνιση…</translation>
    </message>
    <message>
        <source>The file&apos;s EXIF, XMP and IPTC (images) or container and stream metadata (videos)</source>
        <translation>Τα EXIF, XMP και IPTC του αρχείου (εικόνες) ή τα μεταδεδομένα περιέκτη και ροών (βίντεο)</translation>
    </message>
    <message>
        <source>Metadata: none in the file</source>
        <translation>Μεταδεδομένα: κανένα στο αρχείο</translation>
    </message>
    <message numerus="yes">
        <source>Metadata: %n item(s)</source>
        <translation>
            <numerusform>Μεταδεδομένα: %n στοιχείο</numerusform>
            <numerusform>Μεταδεδομένα: %n στοιχεία</numerusform>
        </translation>
    </message>
    <message>
        <source>(not fully read)</source>
        <translation>(δεν διαβάστηκαν πλήρως)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ExplanationController</name>
    <message>
        <source>segmenting the face</source>
        <translation>τμηματοποίηση του προσώπου</translation>
    </message>
    <message>
        <source>making the adversarial sample (NES)</source>
        <translation>δημιουργία του αντιπαραθετικού δείγματος (NES)</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>ολοκλήρωση</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>εκτέλεση %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Εξήγηση</translation>
    </message>
    <message>
        <source>Adversarial sample</source>
        <translation>Αντιπαραθετικό δείγμα</translation>
    </message>
    <message>
        <source>Select a face, pick a method and press Explain (Ctrl+E).</source>
        <translation>Επιλέξτε πρόσωπο και μέθοδο και πατήστε Εξήγηση (Ctrl+E).</translation>
    </message>
    <message>
        <source>Heatmap opacity, shared by both views (Space flips the overlay off and on)</source>
        <translation>Αδιαφάνεια του χάρτη θερμότητας, κοινή για τις δύο προβολές (το Διάστημα απενεργοποιεί και ενεργοποιεί την επικάλυψη)</translation>
    </message>
    <message>
        <source>Outline top</source>
        <translation>Περίγραμμα των κορυφαίων</translation>
    </message>
    <message>
        <source> segments</source>
        <translation> τμημάτων</translation>
    </message>
    <message>
        <source>Fit / 100 %</source>
        <translation>Προσαρμογή / 100 %</translation>
    </message>
    <message>
        <source>Toggle between fitting the face and one image pixel per screen pixel (F)</source>
        <translation>Εναλλαγή μεταξύ προσαρμογής του προσώπου και ενός εικονοστοιχείου εικόνας ανά εικονοστοιχείο οθόνης (F)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Αδιαφάνεια</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>%1 and %1_adv of face #%2, frame %3</source>
        <translation>%1 και %1_adv του προσώπου #%2, καρέ %3</translation>
    </message>
    <message>
        <source>%1 and %1_adv of face #%2</source>
        <translation>%1 και %1_adv του προσώπου #%2</translation>
    </message>
    <message>
        <source>Computing %1… (Esc or Cancel in the status bar stops it)</source>
        <translation>Υπολογισμός %1… (το Esc ή το Ακύρωση στη γραμμή κατάστασης τον σταματά)</translation>
    </message>
    <message>
        <source>%1 · P(fake) %2 (%3)</source>
        <translation>%1 · P(fake) %2 (%3)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>δεν υπολογίστηκε</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 inferences, %3 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 συμπεράσεις, %3 s</translation>
    </message>
    <message>
        <source>No adversarial sample in this explanation.</source>
        <translation>Δεν υπάρχει αντιπαραθετικό δείγμα σε αυτή την εξήγηση.</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>κλασική</translation>
    </message>
    <message>
        <source>adversarial (_adv)</source>
        <translation>αντιπαραθετική (_adv)</translation>
    </message>
    <message>
        <source>classic explanation</source>
        <translation>κλασική εξήγηση</translation>
    </message>
    <message>
        <source>adversarial explanation</source>
        <translation>αντιπαραθετική εξήγηση</translation>
    </message>
    <message>
        <source>No adversarial sample yet.</source>
        <translation>Δεν υπάρχει ακόμη αντιπαραθετικό δείγμα.</translation>
    </message>
    <message>
        <source>face%1_frame%2_%3.png</source>
        <translation>prosopo%1_kare%2_%3.png</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Εξαγωγή προβολής</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Εικόνες PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Δεν ήταν δυνατή η εγγραφή του «%1».</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>Κοινή κλίμακα</translation>
    </message>
    <message>
        <source>Scale per map</source>
        <translation>Κλίμακα ανά χάρτη</translation>
    </message>
    <message>
        <source>Shared: both maps of the pair on one colour scale, so a weaker map looks weaker. Per map: each map stretched to its own minimum and maximum.</source>
        <translation>Κοινή: και οι δύο χάρτες του ζεύγους σε μία κλίμακα χρωμάτων, ώστε ένας ασθενέστερος χάρτης να φαίνεται ασθενέστερος. Ανά χάρτη: κάθε χάρτης τεντώνεται στο δικό του ελάχιστο και μέγιστο.</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Εξαγωγή σύγκρισης…</translation>
    </message>
    <message>
        <source>Save both maps with their colour scales and the inspector&apos;s values as one PNG or SVG</source>
        <translation>Αποθήκευση και των δύο χαρτών με τις κλίμακες χρωμάτων τους και τις τιμές του επιθεωρητή ως ένα PNG ή SVG</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Κλίμακα χρωμάτων</translation>
    </message>
    <message>
        <source>Save this view (face with heatmap) as a PNG image with a caption: method, colour scale, seed, face, frame and evidence hash</source>
        <translation>Αποθήκευση αυτής της προβολής (πρόσωπο με χάρτη θερμότητας) ως εικόνα PNG με λεζάντα: μέθοδος, κλίμακα χρωμάτων, σπόρος, πρόσωπο, καρέ και hash του αποδεικτικού</translation>
    </message>
    <message>
        <source>%1 and %2, shared scale</source>
        <translation>%1 και %2, κοινή κλίμακα</translation>
    </message>
    <message>
        <source>%1, own scale</source>
        <translation>%1, δική του κλίμακα</translation>
    </message>
    <message>
        <source>%1 top segments (score): %2</source>
        <translation>%1 κορυφαία τμήματα (βαθμός): %2</translation>
    </message>
    <message>
        <source>face%1_frame%2_%3_comparison.png</source>
        <translation>prosopo%1_kare%2_%3_sygkrisi.png</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Εξαγωγή σύγκρισης</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Εικόνες PNG (*.png);;Σχέδια SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 has no adversarial (_adv) form</source>
        <translation>Η %1 δεν έχει αντιπαραθετική (_adv) μορφή</translation>
    </message>
    <message>
        <source>%1 of face #%2, frame %3</source>
        <translation>%1 του προσώπου #%2, καρέ %3</translation>
    </message>
    <message>
        <source>%1 of face #%2</source>
        <translation>%1 του προσώπου #%2</translation>
    </message>
    <message>
        <source>not available: the detector calls this face %1</source>
        <translation>μη διαθέσιμο: ο ανιχνευτής κρίνει αυτό το πρόσωπο %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FaceListPanel</name>
    <message>
        <source>No frame yet.</source>
        <translation>Δεν υπάρχει ακόμη καρέ.</translation>
    </message>
    <message>
        <source>#%1   P(fake) %2
%3</source>
        <translation>#%1   P(fake) %2
%3</translation>
    </message>
    <message>
        <source>Face #%1: P(fake) = %2, detection confidence %3</source>
        <translation>Πρόσωπο #%1: P(fake) = %2, βεβαιότητα ανίχνευσης %3</translation>
    </message>
    <message>
        <source>No face in this frame.</source>
        <translation>Κανένα πρόσωπο σε αυτό το καρέ.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s), %1 called fake</source>
        <translation>
            <numerusform>%n πρόσωπο, %1 κρίθηκαν πλαστά</numerusform>
            <numerusform>%n πρόσωπα, %1 κρίθηκαν πλαστά</numerusform>
        </translation>
    </message>
    <message>
        <source> (too small to judge, kept)</source>
        <translation> (πολύ μικρό για κρίση, διατηρείται)</translation>
    </message>
    <message>
        <source> (too small to judge, left out)</source>
        <translation> (πολύ μικρό για κρίση, παραλείπεται)</translation>
    </message>
    <message numerus="yes">
        <source>, %n inconclusive</source>
        <translation>
            <numerusform>, %n ασαφές</numerusform>
            <numerusform>, %n ασαφή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too small to judge (kept in the verdict)</source>
        <translation>
            <numerusform>; %n πολύ μικρό για κρίση (διατηρείται στην ετυμηγορία)</numerusform>
            <numerusform>; %n πολύ μικρά για κρίση (διατηρούνται στην ετυμηγορία)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too small to judge (left out of the verdict)</source>
        <translation>
            <numerusform>; %n πολύ μικρό για κρίση (εκτός ετυμηγορίας)</numerusform>
            <numerusform>; %n πολύ μικρά για κρίση (εκτός ετυμηγορίας)</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn by the examiner</source>
        <translation>σχεδιασμένο από τον εξεταστή</translation>
    </message>
    <message>
        <source>Face #%1: P(fake) = %2, drawn by the examiner (the face detector missed it)</source>
        <translation>Πρόσωπο #%1: P(fake) = %2, σχεδιασμένο από τον εξεταστή (ο ανιχνευτής προσώπων δεν το βρήκε)</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>ΑΣΤΑΘΕΣ</translation>
    </message>
    <message>
        <source>UNSTABLE: the robustness re-test changed its verdict (Ctrl+R shows it).</source>
        <translation>ΑΣΤΑΘΕΣ: ο επανέλεγχος ευρωστίας άλλαξε την ετυμηγορία του (το Ctrl+R τον δείχνει).</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FrameScrubber</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Προηγούμενο καρέ (Αριστερό βέλος)</translation>
    </message>
    <message>
        <source>Play / pause (P)</source>
        <translation>Αναπαραγωγή / παύση (P)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Επόμενο καρέ (Δεξί βέλος)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>καρέ %1 / %2</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the CLI, the case and the report; this video&apos;s last frame is %1.</source>
        <translation>Τα καρέ αριθμούνται από το 0, όπως στο CLI, στην υπόθεση και στην αναφορά· το τελευταίο καρέ αυτού του βίντεο είναι το %1.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FrameView</name>
    <message>
        <source>Open an image or a video (File › Open, Ctrl+O) or drop a file here.</source>
        <translation>Ανοίξτε μια εικόνα ή ένα βίντεο (Αρχείο › Άνοιγμα, Ctrl+O) ή αφήστε ένα αρχείο εδώ.</translation>
    </message>
    <message>
        <source>detecting faces…</source>
        <translation>ανίχνευση προσώπων…</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>Drag a box around the face the detector missed (Esc cancels).</source>
        <translation>Σύρετε ένα πλαίσιο γύρω από το πρόσωπο που δεν βρήκε ο ανιχνευτής (Esc για ακύρωση).</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>(σχεδιασμένο)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MainWindow</name>
    <message>
        <source>FakeLens</source>
        <translation>FakeLens</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Αποδεικτικό υλικό</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Πρόσωπα</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Εξήγηση</translation>
    </message>
    <message>
        <source>model: %1 · device: %2</source>
        <translation>μοντέλο: %1 · συσκευή: %2</translation>
    </message>
    <message>
        <source>FakeLens — %1</source>
        <translation>FakeLens — %1</translation>
    </message>
    <message>
        <source>Detecting faces…</source>
        <translation>Ανίχνευση προσώπων…</translation>
    </message>
    <message>
        <source>model: not loaded</source>
        <translation>μοντέλο: δεν φορτώθηκε</translation>
    </message>
    <message>
        <source>The faces of this frame could not be scored.</source>
        <translation>Τα πρόσωπα αυτού του καρέ δεν ήταν δυνατό να βαθμολογηθούν.</translation>
    </message>
    <message>
        <source>The explanation failed: %1</source>
        <translation>Η εξήγηση απέτυχε: %1</translation>
    </message>
    <message>
        <source>Explanation cancelled.</source>
        <translation>Η εξήγηση ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Explain (Ctrl+E) to explain the selected face.</source>
        <translation>Το πρόσωπο ή το καρέ άλλαξε: πατήστε Εξήγηση (Ctrl+E) για να εξηγήσετε το επιλεγμένο πρόσωπο.</translation>
    </message>
    <message>
        <source>Explaining %1 / %1_adv: %2 %3 %</source>
        <translation>Εξήγηση %1 / %1_adv: %2 %3 %</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>έναρξη</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Άνοιγμα του αρχείου…</translation>
    </message>
    <message>
        <source>Detecting faces in frame %1…</source>
        <translation>Ανίχνευση προσώπων στο καρέ %1…</translation>
    </message>
    <message>
        <source>Scoring the timeline: %1 / %2 frames</source>
        <translation>Βαθμολόγηση της γραμμής χρόνου: %1 / %2 καρέ</translation>
    </message>
    <message numerus="yes">
        <source>Timeline stopped after %n frame(s).</source>
        <translation>
            <numerusform>Η γραμμή χρόνου σταμάτησε μετά από %n καρέ.</numerusform>
            <numerusform>Η γραμμή χρόνου σταμάτησε μετά από %n καρέ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Άνοιγμα αποδεικτικού υλικού</translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Εικόνες και βίντεο (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>About FakeLens</source>
        <translation>Σχετικά με το FakeLens</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Αξιολόγηση</translation>
    </message>
    <message>
        <source>Evaluating: %1 %2 %</source>
        <translation>Αξιολόγηση: %1 %2 %</translation>
    </message>
    <message>
        <source>Writing the report: %1 %2 %</source>
        <translation>Εγγραφή της αναφοράς: %1 %2 %</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Η αξιολόγηση απέτυχε: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Η αξιολόγηση ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Evaluate to evaluate the selected face.</source>
        <translation>Το πρόσωπο ή το καρέ άλλαξε: πατήστε Αξιολόγηση για να αξιολογήσετε το επιλεγμένο πρόσωπο.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Η αναφορά γράφτηκε: %1 (%n σελίδα).</numerusform>
            <numerusform>Η αναφορά γράφτηκε: %1 (%n σελίδες).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1.</source>
        <translation>Η αναφορά γράφτηκε: %1.</translation>
    </message>
    <message>
        <source>No report was written. %1</source>
        <translation>Δεν γράφτηκε αναφορά. %1</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Η εξαγωγή της αναφοράς ακυρώθηκε· δεν γράφτηκε αρχείο.</translation>
    </message>
    <message>
        <source>P(fake) per face track: %1 of %2 frames scored…</source>
        <translation>P(fake) ανά ίχνος προσώπου: βαθμολογήθηκαν %1 από %2 καρέ…</translation>
    </message>
    <message>
        <source>P(fake) per face track, every %3th frame: %1 of %2 scored…</source>
        <translation>P(fake) ανά ίχνος προσώπου, κάθε %3ο καρέ: βαθμολογήθηκαν %1 από %2…</translation>
    </message>
    <message>
        <source>Frame %1, face %2</source>
        <translation>Καρέ %1, πρόσωπο %2</translation>
    </message>
    <message>
        <source>Face %1</source>
        <translation>Πρόσωπο %1</translation>
    </message>
    <message>
        <source>Testing the robustness of the verdict…</source>
        <translation>Έλεγχος της ανθεκτικότητας της ετυμηγορίας…</translation>
    </message>
    <message>
        <source>Robustness: the verdict is UNSTABLE.</source>
        <translation>Ανθεκτικότητα: η ετυμηγορία είναι ΑΣΤΑΘΗΣ.</translation>
    </message>
    <message>
        <source>Robustness: the verdict is stable.</source>
        <translation>Ανθεκτικότητα: η ετυμηγορία είναι σταθερή.</translation>
    </message>
    <message>
        <source>The robustness test failed: %1</source>
        <translation>Ο έλεγχος ανθεκτικότητας απέτυχε: %1</translation>
    </message>
    <message>
        <source>Robustness test cancelled.</source>
        <translation>Ο έλεγχος ανθεκτικότητας ακυρώθηκε.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Ctrl+R to test the selected face.</source>
        <translation>Το πρόσωπο ή το καρέ άλλαξε: πατήστε Ctrl+R για έλεγχο του επιλεγμένου προσώπου.</translation>
    </message>
    <message>
        <source>&lt;b&gt;FakeLens %1&lt;/b&gt;&lt;br&gt;Deepfake face detection with classic and adversarial explanations (%2).</source>
        <translation>&lt;b&gt;FakeLens %1&lt;/b&gt;&lt;br&gt;Ανίχνευση deepfake προσώπων με κλασικές και αντιπαραθετικές εξηγήσεις (%2).</translation>
    </message>
    <message>
        <source>Drag a box around the face the detector missed (Esc cancels).</source>
        <translation>Σύρετε ένα πλαίσιο γύρω από το πρόσωπο που δεν βρήκε ο ανιχνευτής (Esc για ακύρωση).</translation>
    </message>
    <message>
        <source>Pick a method and press Explain (Ctrl+E) to explain the selected face.</source>
        <translation>Επιλέξτε μέθοδο και πατήστε Εξήγηση (Ctrl+E) για να εξηγήσετε το επιλεγμένο πρόσωπο.</translation>
    </message>
    <message>
        <source>Pick the methods and press Evaluate to test the selected face&apos;s explanations.</source>
        <translation>Επιλέξτε τις μεθόδους και πατήστε Αξιολόγηση για να ελέγξετε τις εξηγήσεις του επιλεγμένου προσώπου.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Απόρριψη</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MetadataDialog</name>
    <message>
        <source>Metadata of %1</source>
        <translation>Μεταδεδομένα του %1</translation>
    </message>
    <message>
        <source>As stated by the file. Metadata can be edited without trace: it is what the file says about itself, not a finding.</source>
        <translation>Όπως τα δηλώνει το αρχείο. Τα μεταδεδομένα μπορούν να αλλαχθούν χωρίς ίχνος: είναι ό,τι λέει το αρχείο για τον εαυτό του, όχι εύρημα.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Κλειδί</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
    <message>
        <source>Not fully read: %1</source>
        <translation>Δεν διαβάστηκαν πλήρως: %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MethodParameterForm</name>
    <message>
        <source>%1: from %2 to %3; the default, %4, is the paper&apos;s setting</source>
        <translation>%1: από %2 έως %3· η προεπιλογή, %4, είναι η ρύθμιση του άρθρου</translation>
    </message>
    <message>
        <source>%1 %2:</source>
        <translation>%1 %2:</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ModelManagerDialog</name>
    <message>
        <source>Models</source>
        <translation>Μοντέλα</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Μοντέλο</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Είσοδος</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Κατώφλι</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Φάκελος</translation>
    </message>
    <message>
        <source>Check two or more models to combine them into an ensemble</source>
        <translation>Επιλέξτε δύο ή περισσότερα μοντέλα για να τα συνδυάσετε σε σύνολο</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Προσθήκη…</translation>
    </message>
    <message>
        <source>Install a TorchScript model (.pt with its JSON card) or Keras MesoNet weights (.h5)</source>
        <translation>Εγκατάσταση μοντέλου TorchScript (.pt με την κάρτα JSON του) ή βαρών Keras MesoNet (.h5)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Αφαίρεση</translation>
    </message>
    <message>
        <source>Delete a model you added (models installed for all users stay)</source>
        <translation>Διαγραφή μοντέλου που προσθέσατε (τα μοντέλα που είναι εγκατεστημένα για όλους τους χρήστες παραμένουν)</translation>
    </message>
    <message>
        <source>Use as &amp;default</source>
        <translation>Χρήση ως &amp;προεπιλογή</translation>
    </message>
    <message>
        <source>Use checked as &amp;ensemble</source>
        <translation>Χρήση των επιλεγμένων ως &amp;σύνολο</translation>
    </message>
    <message>
        <source>P(fake) of a face = the largest score of the checked models</source>
        <translation>P(fake) ενός προσώπου = η υψηλότερη βαθμολογία των επιλεγμένων μοντέλων</translation>
    </message>
    <message>
        <source>Keras .h5</source>
        <translation>Keras .h5</translation>
    </message>
    <message>
        <source>TorchScript .pt</source>
        <translation>TorchScript .pt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>μη χρησιμοποιήσιμο</translation>
    </message>
    <message>
        <source>No model is installed. Add one, or run packaging/setup.sh.</source>
        <translation>Δεν είναι εγκατεστημένο κανένα μοντέλο. Προσθέστε ένα ή εκτελέστε το packaging/setup.sh.</translation>
    </message>
    <message>
        <source>In use: the ensemble %1 (P(fake) = the largest score).</source>
        <translation>Σε χρήση: το σύνολο %1 (P(fake) = η υψηλότερη βαθμολογία).</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>Σε χρήση: %1.</translation>
    </message>
    <message>
        <source>In use: none (no model is installed).</source>
        <translation>Σε χρήση: κανένα (δεν είναι εγκατεστημένο κανένα μοντέλο).</translation>
    </message>
    <message>
        <source>The model was not added: %1</source>
        <translation>Το μοντέλο δεν προστέθηκε: %1</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Προσθήκη μοντέλου</translation>
    </message>
    <message>
        <source>Models (*.pt *.h5);;TorchScript (*.pt);;Keras weights (*.h5)</source>
        <translation>Μοντέλα (*.pt *.h5);;TorchScript (*.pt);;Βάρη Keras (*.h5)</translation>
    </message>
    <message>
        <source>The model&apos;s card</source>
        <translation>Η κάρτα του μοντέλου</translation>
    </message>
    <message>
        <source>Model cards (*.json)</source>
        <translation>Κάρτες μοντέλων (*.json)</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Αφαίρεση μοντέλου</translation>
    </message>
    <message>
        <source>Delete %1 from your models folder?</source>
        <translation>Διαγραφή του %1 από τον φάκελο μοντέλων σας;</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>Το %1 δεν μπορεί να χρησιμοποιηθεί: %2</translation>
    </message>
    <message>
        <source>%1 takes another input, crop or threshold than the other checked models; an ensemble&apos;s models must agree on them.</source>
        <translation>Το %1 έχει διαφορετική είσοδο, περικοπή ή κατώφλι από τα άλλα επιλεγμένα μοντέλα· τα μοντέλα ενός συνόλου πρέπει να συμφωνούν σε αυτά.</translation>
    </message>
    <message>
        <source>Check two or more models to combine them.</source>
        <translation>Επιλέξτε δύο ή περισσότερα μοντέλα για να τα συνδυάσετε.</translation>
    </message>
    <message>
        <source>Measured error rates: %1</source>
        <translation>Μετρημένα ποσοστά σφάλματος: %1</translation>
    </message>
    <message>
        <source>Measured error rates: checking the model file…</source>
        <translation>Μετρημένα ποσοστά σφάλματος: έλεγχος του αρχείου μοντέλου…</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Εξαγωγή αναφοράς</translation>
    </message>
    <message>
        <source>e.g. 2025-0417</source>
        <translation>π.χ. 2025-0417</translation>
    </message>
    <message>
        <source>Printed in the header and on every page of the report</source>
        <translation>Τυπώνεται στην κεφαλίδα και σε κάθε σελίδα της αναφοράς</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>το όνομά σας</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation>Αριθμός υπόθεσης:</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>Εξεταστής:</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>Αρχείο PDF:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Έγγραφα PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Επιλέξτε πού θα γραφτεί η αναφορά.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>Το «%1» είναι φάκελος· δώστε όνομα αρχείου.</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>Το «%1» υπάρχει. Να αντικατασταθεί;</translation>
    </message>
    <message>
        <source>Give the case ID: the report prints it on every page so that it cannot be mixed up with another case.</source>
        <translation>Δώστε τον αριθμό υπόθεσης: η αναφορά τον τυπώνει σε κάθε σελίδα, ώστε να μην μπορεί να συγχυστεί με άλλη υπόθεση.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Νέα υπόθεση</translation>
    </message>
    <message>
        <source>Stored in the case file and printed on every page of its reports</source>
        <translation>Αποθηκεύεται στο αρχείο της υπόθεσης και τυπώνεται σε κάθε σελίδα των αναφορών της</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Δημιουργία υπόθεσης</translation>
    </message>
    <message>
        <source>Give the case ID: the case file and every report made from it carry it, so that it cannot be mixed up with another case.</source>
        <translation>Δώστε το αναγνωριστικό της υπόθεσης: το φέρουν το αρχείο της υπόθεσης και κάθε αναφορά που προκύπτει από αυτό, ώστε να μην μπορεί να συγχέεται με άλλη υπόθεση.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ReportExporter</name>
    <message>
        <source>Open an image or a video first: the report describes the evidence.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο: η αναφορά περιγράφει το αποδεικτικό υλικό.</translation>
    </message>
    <message>
        <source>The faces of the shown frame are still being detected; export the report when they are in.</source>
        <translation>Τα πρόσωπα του καρέ που εμφανίζεται ανιχνεύονται ακόμη· εξαγάγετε την αναφορά όταν ολοκληρωθούν.</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Επιλέξτε πού θα γραφτεί η αναφορά.</translation>
    </message>
    <message>
        <source>The evidence file %1 changed since it was opened (its SHA-256 is now %2, it was %3). No report was written: open the file again and repeat the analysis.</source>
        <translation>Το αρχείο αποδεικτικού υλικού %1 άλλαξε από τότε που ανοίχτηκε (το SHA-256 του είναι τώρα %2, ήταν %3). Δεν γράφτηκε αναφορά: ανοίξτε ξανά το αρχείο και επαναλάβετε την ανάλυση.</translation>
    </message>
    <message>
        <source>reading the evidence</source>
        <translation>ανάγνωση του αποδεικτικού υλικού</translation>
    </message>
    <message>
        <source>checking the evidence&apos;s SHA-256</source>
        <translation>έλεγχος του SHA-256 του αποδεικτικού υλικού</translation>
    </message>
    <message>
        <source>describing the model</source>
        <translation>περιγραφή του μοντέλου</translation>
    </message>
    <message>
        <source>scoring the most suspicious frame again</source>
        <translation>επαναβαθμολόγηση του πιο ύποπτου καρέ</translation>
    </message>
    <message>
        <source>drawing the figures</source>
        <translation>σχεδίαση των εικόνων</translation>
    </message>
    <message>
        <source>writing the pages</source>
        <translation>εγγραφή των σελίδων</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::RobustnessDialog</name>
    <message>
        <source>Robustness of the verdict</source>
        <translation>Ανθεκτικότητα της ετυμηγορίας</translation>
    </message>
    <message>
        <source>The face re-scored after JPEG re-encoding of the frame, downscaling of the frame and a one-pixel shift of the face. A verdict that flips under any of these is unstable.</source>
        <translation>Το πρόσωπο επαναβαθμολογημένο μετά από επανακωδικοποίηση JPEG του καρέ, σμίκρυνση του καρέ και μετατόπιση του προσώπου κατά ένα εικονοστοιχείο. Μια ετυμηγορία που αλλάζει σε οποιοδήποτε από αυτά είναι ασταθής.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Παραλλαγή</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Μεταβολή</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ετυμηγορία</translation>
    </message>
    <message>
        <source>JPEG quality %1</source>
        <translation>Ποιότητα JPEG %1</translation>
    </message>
    <message>
        <source>downscaled × %1</source>
        <translation>σμίκρυνση × %1</translation>
    </message>
    <message>
        <source>shifted 1 px right</source>
        <translation>μετατόπιση 1 px δεξιά</translation>
    </message>
    <message>
        <source>shifted 1 px down</source>
        <translation>μετατόπιση 1 px κάτω</translation>
    </message>
    <message>
        <source>shifted 1 px left</source>
        <translation>μετατόπιση 1 px αριστερά</translation>
    </message>
    <message>
        <source>shifted 1 px up</source>
        <translation>μετατόπιση 1 px πάνω</translation>
    </message>
    <message>
        <source>Re-scoring nine variants…</source>
        <translation>Επαναβαθμολόγηση εννέα παραλλαγών…</translation>
    </message>
    <message>
        <source>original</source>
        <translation>αρχικό</translation>
    </message>
    <message>
        <source>%1 (flips)</source>
        <translation>%1 (αλλάζει)</translation>
    </message>
    <message>
        <source>P(fake) from %1 to %2; largest change %3</source>
        <translation>P(fake) από %1 έως %2· μέγιστη μεταβολή %3</translation>
    </message>
    <message>
        <source>UNSTABLE: the verdict changes under at least one variant.</source>
        <translation>ΑΣΤΑΘΗΣ: η ετυμηγορία αλλάζει σε τουλάχιστον μία παραλλαγή.</translation>
    </message>
    <message>
        <source>Stable: every variant keeps the verdict.</source>
        <translation>Σταθερή: κάθε παραλλαγή διατηρεί την ετυμηγορία.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ScoreTimeline</name>
    <message>
        <source>frame</source>
        <translation>καρέ</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Ίχνος %1</translation>
    </message>
    <message>
        <source>Track %1 (unconfirmed)</source>
        <translation>Ίχνος %1 (μη επιβεβαιωμένο)</translation>
    </message>
    <message>
        <source>Video: no confirmed face, no verdict</source>
        <translation>Βίντεο: κανένα επιβεβαιωμένο πρόσωπο, καμία ετυμηγορία</translation>
    </message>
    <message>
        <source>Video P(fake) %1: %2</source>
        <translation>P(fake) βίντεο %1: %2</translation>
    </message>
    <message>
        <source>Mean of the top 10 % of the per-frame highest P(fake) over the confirmed face tracks (%1 of %2 tracks, %3 frames with a face); fake when it reaches the threshold %4.</source>
        <translation>Μέσος όρος του ανώτερου 10 % των υψηλότερων P(fake) ανά καρέ στα επιβεβαιωμένα ίχνη προσώπων (%1 από %2 ίχνη, %3 καρέ με πρόσωπο)· πλαστό όταν φτάνει το κατώφλι %4.</translation>
    </message>
    <message numerus="yes">
        <source> (%n frame(s) inconclusive)</source>
        <translation>
            <numerusform> (%n καρέ ασαφές)</numerusform>
            <numerusform> (%n καρέ ασαφή)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n small face(s) left out</source>
        <translation>
            <numerusform>; %n μικρό πρόσωπο παραλείφθηκε</numerusform>
            <numerusform>; %n μικρά πρόσωπα παραλείφθηκαν</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1 (drawn)</source>
        <translation>Ίχνος %1 (σχεδιασμένο)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::SegmentInspector</name>
    <message>
        <source>Hover over the face to inspect a segment; click to pin it.</source>
        <translation>Περάστε τον δείκτη πάνω από το πρόσωπο για να εξετάσετε ένα τμήμα· κάντε κλικ για να το καρφιτσώσετε.</translation>
    </message>
    <message>
        <source>No explanation yet: select a face and press Explain (Ctrl+E).</source>
        <translation>Δεν υπάρχει ακόμη εξήγηση: επιλέξτε πρόσωπο και πατήστε Εξήγηση (Ctrl+E).</translation>
    </message>
    <message>
        <source>Segment %1 (pinned) · %2 % of the face</source>
        <translation>Τμήμα %1 (καρφιτσωμένο) · %2 % του προσώπου</translation>
    </message>
    <message>
        <source>Segment %1 · %2 % of the face</source>
        <translation>Τμήμα %1 · %2 % του προσώπου</translation>
    </message>
    <message>
        <source>%1: score %2, rank %3 of %4</source>
        <translation>%1: βαθμολογία %2, κατάταξη %3 από %4</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 κατάταξη %2</translation>
    </message>
    <message>
        <source>Pinned: segment %1 · %2</source>
        <translation>Καρφιτσωμένο: τμήμα %1 · %2</translation>
    </message>
    <message>
        <source>Computing the explanation; its segments can be inspected when it is in.</source>
        <translation>Υπολογίζεται η εξήγηση· τα τμήματά της μπορούν να εξεταστούν μόλις ολοκληρωθεί.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Γενικά</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Μοντέλο</translation>
    </message>
    <message>
        <source>E&amp;xplanations</source>
        <translation>Ε&amp;ξηγήσεις</translation>
    </message>
    <message>
        <source>&amp;NES attack</source>
        <translation>Επίθεση &amp;NES</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>Εμ&amp;φάνιση</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Επαναφορά προεπιλογών</translation>
    </message>
    <message>
        <source>Every setting on every page back to FakeLens&apos; defaults (the paper&apos;s settings)</source>
        <translation>Όλες οι ρυθμίσεις σε όλες τις σελίδες επιστρέφουν στις προεπιλογές του FakeLens (τις ρυθμίσεις του άρθρου)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Γλώσσα συστήματος (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>A new language applies when FakeLens is started again.</source>
        <translation>Μια νέα γλώσσα εφαρμόζεται όταν το FakeLens ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <source>Name shown in reports</source>
        <translation>Όνομα που εμφανίζεται στις αναφορές</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Εξεταστής:</translation>
    </message>
    <message>
        <source>Automatic (the installed Meso4_DF)</source>
        <translation>Αυτόματα (το εγκατεστημένο Meso4_DF)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tools › Models… adds models and combines several into an ensemble</source>
        <translation>Εργαλεία › Μοντέλα… προσθέτει μοντέλα και συνδυάζει πολλά σε σύνολο</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Προεπιλεγμένο &amp;μοντέλο:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Αυτόματα (GPU όταν είναι διαθέσιμη)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Συσκευή:</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>όλοι οι πυρήνες</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Νήματα CPU:</translation>
    </message>
    <message>
        <source>Score every Nth frame of a video for the P(fake) timeline (1 = every frame)</source>
        <translation>Βαθμολόγηση κάθε N-οστού καρέ ενός βίντεο για τη γραμμή χρόνου P(fake) (1 = κάθε καρέ)</translation>
    </message>
    <message>
        <source>Timeline: every &amp;Nth frame:</source>
        <translation>Γραμμή χρόνου: κάθε &amp;N-οστό καρέ:</translation>
    </message>
    <message>
        <source>About how many SLIC superpixels a face is divided into</source>
        <translation>Σε περίπου πόσα υπερεικονοστοιχεία SLIC χωρίζεται ένα πρόσωπο</translation>
    </message>
    <message>
        <source>SLIC &amp;segments:</source>
        <translation>&amp;Τμήματα SLIC:</translation>
    </message>
    <message>
        <source>The same seed gives the same explanations</source>
        <translation>Ο ίδιος σπόρος δίνει τις ίδιες εξηγήσεις</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Σ&amp;πόρος:</translation>
    </message>
    <message>
        <source>The defaults are the settings of Tsigos et al. (2025), section 4.3. More samples give steadier explanations and take longer.</source>
        <translation>Οι προεπιλογές είναι οι ρυθμίσεις των Tsigos et al. (2025), ενότητα 4.3. Περισσότερα δείγματα δίνουν σταθερότερες εξηγήσεις και χρειάζονται περισσότερο χρόνο.</translation>
    </message>
    <message>
        <source>Maximum &amp;iterations:</source>
        <translation>Μέγιστες &amp;επαναλήψεις:</translation>
    </message>
    <message>
        <source>Search &amp;variance σ:</source>
        <translation>&amp;Διακύμανση αναζήτησης σ:</translation>
    </message>
    <message>
        <source>Antithetic pairs per iteration (2n images)</source>
        <translation>Αντιθετικά ζεύγη ανά επανάληψη (2n εικόνες)</translation>
    </message>
    <message>
        <source>&amp;Samples per iteration (n):</source>
        <translation>&amp;Δείγματα ανά επανάληψη (n):</translation>
    </message>
    <message>
        <source> / 255</source>
        <translation> / 255</translation>
    </message>
    <message>
        <source>Step &amp;α:</source>
        <translation>&amp;Βήμα α:</translation>
    </message>
    <message>
        <source>Maximum &amp;distortion δ (L∞):</source>
        <translation>Μέγιστη &amp;παραμόρφωση δ (L∞):</translation>
    </message>
    <message>
        <source>&amp;Paper-compatible (clip each step, no projection onto the δ-ball)</source>
        <translation>&amp;Συμβατό με το άρθρο (περικοπή κάθε βήματος, χωρίς προβολή στη δ-σφαίρα)</translation>
    </message>
    <message>
        <source>NES makes the adversarial copy of the face whose pixels fill the hidden segments of the _adv methods.</source>
        <translation>Το NES δημιουργεί το αντιπαραθετικό αντίγραφο του προσώπου, τα εικονοστοιχεία του οποίου γεμίζουν τα κρυμμένα τμήματα των μεθόδων _adv.</translation>
    </message>
    <message>
        <source>&amp;Colour map:</source>
        <translation>&amp;Χρωματικός χάρτης:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Overlay &amp;opacity:</source>
        <translation>&amp;Αδιαφάνεια επικάλυψης:</translation>
    </message>
    <message>
        <source>Outline the &amp;top segments:</source>
        <translation>Περίγραμμα των &amp;κορυφαίων τμημάτων:</translation>
    </message>
    <message numerus="yes">
        <source>In use now: an ensemble of %n model(s). Choosing a model here replaces it.</source>
        <translation>
            <numerusform>Σε χρήση τώρα: σύνολο %n μοντέλου. Η επιλογή μοντέλου εδώ το αντικαθιστά.</numerusform>
            <numerusform>Σε χρήση τώρα: σύνολο %n μοντέλων. Η επιλογή μοντέλου εδώ το αντικαθιστά.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Γλώσσα</translation>
    </message>
    <message>
        <source>FakeLens will use the new language when it is started again.</source>
        <translation>Το FakeLens θα χρησιμοποιήσει τη νέα γλώσσα όταν ξεκινήσει ξανά.</translation>
    </message>
    <message>
        <source>Keep faces too small to judge in the verdict</source>
        <translation>Διατήρηση πολύ μικρών προσώπων στην ετυμηγορία</translation>
    </message>
    <message>
        <source>Faces whose box is under the model card&apos;s minimum (64 px for MesoNet) are always shown; by default they are left out of the verdict</source>
        <translation>Τα πρόσωπα με πλαίσιο κάτω από το ελάχιστο της κάρτας μοντέλου (64 px για το MesoNet) εμφανίζονται πάντα· από προεπιλογή εξαιρούνται από την ετυμηγορία</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Ακύρωση</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Διακοπή της εργασίας που εκτελείται (Esc)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::TimelineLink</name>
    <message>
        <source>Timeline stopped: %1</source>
        <translation>Η γραμμή χρόνου σταμάτησε: %1</translation>
    </message>
    <message numerus="yes">
        <source>P(fake) per face track (smoothed over %1 points): %n frame(s) scored in %2 s (%3 frames/s)</source>
        <translation>
            <numerusform>P(fake) ανά ίχνος προσώπου (εξομάλυνση σε %1 σημεία): βαθμολογήθηκε %n καρέ σε %2 s (%3 καρέ/s)</numerusform>
            <numerusform>P(fake) ανά ίχνος προσώπου (εξομάλυνση σε %1 σημεία): βαθμολογήθηκαν %n καρέ σε %2 s (%3 καρέ/s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the frames the case analysed: %1 to %2, one in %3</source>
        <translation>τα καρέ που ανέλυσε η υπόθεση: %1 έως %2, ένα ανά %3</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::WorkbenchActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ά&amp;νοιγμα…</translation>
    </message>
    <message>
        <source>Open an image or a video (Ctrl+O)</source>
        <translation>Άνοιγμα εικόνας ή βίντεο (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Εξήγηση</translation>
    </message>
    <message>
        <source>Explain the selected face with the chosen method, classic and adversarial (Ctrl+E)</source>
        <translation>Εξήγηση του επιλεγμένου προσώπου με την επιλεγμένη μέθοδο, κλασικά και αντιπαραθετικά (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Ακύρωση</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Διακοπή της εργασίας που εκτελείται (Esc)</translation>
    </message>
    <message>
        <source>&amp;Detect faces</source>
        <translation>Ανί&amp;χνευση προσώπων</translation>
    </message>
    <message>
        <source>Off: each frame is taken whole as one face (for images that are face crops)</source>
        <translation>Ανενεργό: κάθε καρέ λαμβάνεται ολόκληρο ως ένα πρόσωπο (για εικόνες που είναι ήδη περικομμένα πρόσωπα)</translation>
    </message>
    <message>
        <source>&amp;Previous frame</source>
        <translation>&amp;Προηγούμενο καρέ</translation>
    </message>
    <message>
        <source>&amp;Next frame</source>
        <translation>&amp;Επόμενο καρέ</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>Ένα δευτερόλεπτο πίσω</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>Ένα δευτερόλεπτο μπροστά</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Πρώτο καρέ</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Τελευταίο καρέ</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Αναπαραγωγή / παύση</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Με&amp;γέθυνση</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Σμί&amp;κρυνση</translation>
    </message>
    <message>
        <source>&amp;Fit / 100 %</source>
        <translation>Προσαρ&amp;μογή / 100 %</translation>
    </message>
    <message>
        <source>Flip &amp;overlay</source>
        <translation>Εναλλαγή επι&amp;κάλυψης</translation>
    </message>
    <message>
        <source>Heatmap on / plain face (Space)</source>
        <translation>Χάρτης θερμότητας / σκέτο πρόσωπο (Διάστημα)</translation>
    </message>
    <message>
        <source>&amp;About FakeLens</source>
        <translation>&amp;Σχετικά με το FakeLens</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Model, device, sample counts, NES, seed, colours, language (Ctrl+,)</source>
        <translation>Μοντέλο, συσκευή, πλήθος δειγμάτων, NES, σπόρος, χρώματα, γλώσσα (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Μοντέλα…</translation>
    </message>
    <message>
        <source>Installed models, their cards, the default model and ensembles (Ctrl+Shift+M)</source>
        <translation>Εγκατεστημένα μοντέλα, οι κάρτες τους, το προεπιλεγμένο μοντέλο και τα σύνολα (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Πρόσ&amp;φατα</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Προβολή</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Πλαί&amp;σια</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>Ανά&amp;λυση</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ε&amp;ργαλεία</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>Explanation method; its adversarial form (_adv) is computed alongside</source>
        <translation>Μέθοδος εξήγησης· η αντιπαραθετική της μορφή (_adv) υπολογίζεται μαζί</translation>
    </message>
    <message>
        <source>model: loading…</source>
        <translation>μοντέλο: φόρτωση…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Κύρια</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>Α&amp;ξιολόγηση</translation>
    </message>
    <message>
        <source>Test the explanations of the selected face: attack the top-k segments of each method&apos;s ranking (Evaluation tab, Ctrl+Shift+T)</source>
        <translation>Έλεγχος των εξηγήσεων του επιλεγμένου προσώπου: επίθεση στα κορυφαία k τμήματα της κατάταξης κάθε μεθόδου (καρτέλα Αξιολόγηση, Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Εξαγωγή &amp;αναφοράς…</translation>
    </message>
    <message>
        <source>Write a PDF report of the evidence, the faces, the explanations and the evaluation for the case file (Ctrl+Shift+E)</source>
        <translation>Εγγραφή αναφοράς PDF για το αποδεικτικό υλικό, τα πρόσωπα, τις εξηγήσεις και την αξιολόγηση για τον φάκελο της υπόθεσης (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Άνοιγμα &amp;υπόθεσης…</translation>
    </message>
    <message>
        <source>Open a saved case: its evidence, faces, explanations and evaluations (Ctrl+Shift+O)</source>
        <translation>Άνοιγμα αποθηκευμένης υπόθεσης: το αποδεικτικό υλικό, τα πρόσωπα, οι εξηγήσεις και οι αξιολογήσεις της (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>Α&amp;ποθήκευση υπόθεσης</translation>
    </message>
    <message>
        <source>Save the analysis (faces, verdict, explanations, evaluations) to the case file (Ctrl+S)</source>
        <translation>Αποθήκευση της ανάλυσης (πρόσωπα, ετυμηγορία, εξηγήσεις, αξιολογήσεις) στο αρχείο της υπόθεσης (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Αποθήκευση υπόθεσης &amp;ως…</translation>
    </message>
    <message>
        <source>Save the analysis to another case file (Ctrl+Shift+S)</source>
        <translation>Αποθήκευση της ανάλυσης σε άλλο αρχείο υπόθεσης (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Recent cas&amp;es</source>
        <translation>Πρόσφατες υπο&amp;θέσεις</translation>
    </message>
    <message>
        <source>&amp;Bookmark this frame</source>
        <translation>&amp;Σελιδοδείκτης σε αυτό το καρέ</translation>
    </message>
    <message>
        <source>Add a note on the shown frame and the selected face to the case (Ctrl+B)</source>
        <translation>Προσθήκη στην υπόθεση σημείωσης για το καρέ που εμφανίζεται και το επιλεγμένο πρόσωπο (Ctrl+B)</translation>
    </message>
    <message>
        <source>Test &amp;robustness</source>
        <translation>Έλεγχος &amp;ανθεκτικότητας</translation>
    </message>
    <message>
        <source>Re-score the selected face after JPEG re-encoding, downscaling and a one-pixel shift (Ctrl+R)</source>
        <translation>Επαναβαθμολόγηση του επιλεγμένου προσώπου μετά από επανακωδικοποίηση JPEG, σμίκρυνση και μετατόπιση ενός εικονοστοιχείου (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Νέα υπόθεση…</translation>
    </message>
    <message>
        <source>Draw &amp;face box</source>
        <translation>Σχεδίαση &amp;πλαισίου προσώπου</translation>
    </message>
    <message>
        <source>Draw a box around a face the detector missed; it is scored, explained and evaluated like the others and marked as drawn by the examiner (Ctrl+Shift+F, Esc cancels)</source>
        <translation>Σχεδιάστε πλαίσιο γύρω από πρόσωπο που δεν βρήκε ο ανιχνευτής· βαθμολογείται, εξηγείται και αξιολογείται όπως τα άλλα και σημειώνεται ως σχεδιασμένο από τον εξεταστή (Ctrl+Shift+F, Esc για ακύρωση)</translation>
    </message>
    <message>
        <source>%1 needs the detector&apos;s gradients; the loaded model gives none</source>
        <translation>Η %1 χρειάζεται τις κλίσεις του ανιχνευτή· το φορτωμένο μοντέλο δεν δίνει καμία</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::WorkbenchSession</name>
    <message>
        <source>No face was found in this frame. If the image is already a face crop, turn off Analyse › Detect faces to score it whole.</source>
        <translation>Δεν βρέθηκε πρόσωπο σε αυτό το καρέ. Αν η εικόνα είναι ήδη περικομμένο πρόσωπο, απενεργοποιήστε το Ανάλυση › Ανίχνευση προσώπων για να βαθμολογηθεί ολόκληρη.</translation>
    </message>
    <message>
        <source>This frame could not be scored.</source>
        <translation>Αυτό το καρέ δεν ήταν δυνατό να βαθμολογηθεί.</translation>
    </message>
    <message>
        <source>Select a face to explain first.</source>
        <translation>Επιλέξτε πρώτα ένα πρόσωπο για εξήγηση.</translation>
    </message>
    <message>
        <source>Open an image or a video first.</source>
        <translation>Ανοίξτε πρώτα μια εικόνα ή ένα βίντεο.</translation>
    </message>
    <message>
        <source>Select a face to evaluate first.</source>
        <translation>Επιλέξτε πρώτα ένα πρόσωπο για αξιολόγηση.</translation>
    </message>
    <message>
        <source>Pick at least one method to evaluate.</source>
        <translation>Επιλέξτε τουλάχιστον μία μέθοδο για αξιολόγηση.</translation>
    </message>
    <message>
        <source>%1_adv is not available for this face: %2</source>
        <translation>Το %1_adv δεν είναι διαθέσιμο για αυτό το πρόσωπο: %2</translation>
    </message>
    <message>
        <source>No face was found in this frame. Step to a neighbouring frame or pick a point on the timeline where a face track is scored.</source>
        <translation>Δεν βρέθηκε πρόσωπο σε αυτό το καρέ. Μεταβείτε σε γειτονικό καρέ ή επιλέξτε ένα σημείο στη χρονογραμμή όπου βαθμολογείται μια τροχιά προσώπου.</translation>
    </message>
    <message>
        <source>Select a face to test first.</source>
        <translation>Επιλέξτε πρώτα ένα πρόσωπο για έλεγχο.</translation>
    </message>
    <message>
        <source>Turn on Analyse › Detect faces to draw a face box: a drawn face is fitted with the face detector&apos;s landmark model.</source>
        <translation>Ενεργοποιήστε Ανάλυση › Εντοπισμός προσώπων για να σχεδιάσετε πλαίσιο προσώπου: ένα σχεδιασμένο πρόσωπο προσαρμόζεται με το μοντέλο σημείων του ανιχνευτή προσώπων.</translation>
    </message>
    <message>
        <source>No face was found in this frame. Draw one with Analyse › Draw face box (Ctrl+Shift+F), then explain it.</source>
        <translation>Δεν βρέθηκε πρόσωπο σε αυτό το καρέ. Σχεδιάστε ένα με Ανάλυση › Σχεδίαση πλαισίου προσώπου (Ctrl+Shift+F) και μετά εξηγήστε το.</translation>
    </message>
    <message>
        <source>The timeline does not score frame %1, so the face drawn there is kept on that frame only. Draw it on a frame the timeline scores (a point of its curves) to have it followed.</source>
        <translation>Η χρονογραμμή δεν βαθμολογεί το καρέ %1, οπότε το πρόσωπο που σχεδιάστηκε εκεί μένει μόνο σε εκείνο το καρέ. Σχεδιάστε το σε καρέ που βαθμολογεί η χρονογραμμή (ένα σημείο των καμπυλών της) για να παρακολουθείται.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Deepfake face detection and explanation workbench.</source>
        <translation>Περιβάλλον εργασίας για ανίχνευση και εξήγηση deepfake προσώπων.</translation>
    </message>
    <message>
        <source>Detector model file (.h5 or .pt) for this session.</source>
        <translation>Αρχείο μοντέλου ανιχνευτή (.h5 ή .pt) για αυτή τη συνεδρία.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ΑΡΧΕΙΟ</translation>
    </message>
    <message>
        <source>Image or video to open, or a case (.fakelens).</source>
        <translation>Εικόνα ή βίντεο για άνοιγμα, ή υπόθεση (.fakelens).</translation>
    </message>
</context>
</TS>
