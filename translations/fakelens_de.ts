<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CaseModelCheck</name>
    <message>
        <source>its file %1 is missing</source>
        <translation>seine Datei %1 fehlt</translation>
    </message>
    <message>
        <source>the case records no SHA-256 of %1, so it cannot be checked</source>
        <translation>der Fall verzeichnet keinen SHA-256 von %1, daher kann sie nicht geprüft werden</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 differs from the case&apos;s (the file was changed or replaced)</source>
        <translation>der SHA-256 von %1 weicht von dem des Falls ab (die Datei wurde geändert oder ersetzt)</translation>
    </message>
</context>
<context>
    <name>ColorMaps</name>
    <message>
        <source>Jet (rainbow, as in the reports)</source>
        <translation>Jet (Regenbogen, wie in den Berichten)</translation>
    </message>
    <message>
        <source>Turbo (rainbow, even brightness)</source>
        <translation>Turbo (Regenbogen, gleichmäßige Helligkeit)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (für Farbenblinde geeignet)</translation>
    </message>
    <message>
        <source>Inferno (colour-blind safe)</source>
        <translation>Inferno (für Farbenblinde geeignet)</translation>
    </message>
    <message>
        <source>Magma (colour-blind safe)</source>
        <translation>Magma (für Farbenblinde geeignet)</translation>
    </message>
    <message>
        <source>Hot (black, red, yellow, white)</source>
        <translation>Hot (Schwarz, Rot, Gelb, Weiß)</translation>
    </message>
    <message>
        <source>Bone (grey, prints well)</source>
        <translation>Bone (Grau, gut druckbar)</translation>
    </message>
</context>
<context>
    <name>DialogCaseChooser</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The workbench holds explanations or evaluations that are in no case file yet. Save them before starting a new case?</source>
        <translation>Die Arbeitsfläche enthält Erklärungen oder Auswertungen, die noch in keiner Falldatei stehen. Vor dem Beginn eines neuen Falls speichern?</translation>
    </message>
    <message>
        <source>The case %1 has unsaved changes (explanations or evaluations). Save them before starting a new case?</source>
        <translation>Der Fall %1 hat ungespeicherte Änderungen (Erklärungen oder Auswertungen). Vor dem Beginn eines neuen Falls speichern?</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The file does not exist</source>
        <translation>Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>Die Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <source>The file is not an image or video FakeLens can read</source>
        <translation>Die Datei ist kein Bild oder Video, das FakeLens lesen kann</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>The image is too large</source>
        <translation>Das Bild ist zu groß</translation>
    </message>
    <message>
        <source>The video cannot be read</source>
        <translation>Das Video kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The detector model cannot be loaded</source>
        <translation>Das Detektormodell kann nicht geladen werden</translation>
    </message>
    <message>
        <source>The detector&apos;s model card is invalid</source>
        <translation>Die Modellkarte des Detektors ist ungültig</translation>
    </message>
    <message>
        <source>No face was found</source>
        <translation>Es wurde kein Gesicht gefunden</translation>
    </message>
    <message>
        <source>The compute device is not available</source>
        <translation>Das Rechengerät ist nicht verfügbar</translation>
    </message>
    <message>
        <source>A setting is not valid</source>
        <translation>Eine Einstellung ist ungültig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Something went wrong inside FakeLens</source>
        <translation>In FakeLens ist ein interner Fehler aufgetreten</translation>
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
        <translation>%1-Heatmap · Gesicht #%2 · Bild %3</translation>
    </message>
    <message>
        <source>%1 heatmap · face #%2</source>
        <translation>%1-Heatmap · Gesicht #%2</translation>
    </message>
    <message>
        <source>Colour scale: this map alone, %1 to %2</source>
        <translation>Farbskala: nur diese Karte, %1 bis %2</translation>
    </message>
    <message>
        <source>Colour scale: shared with %1, %2 to %3</source>
        <translation>Farbskala: gemeinsam mit %1, %2 bis %3</translation>
    </message>
    <message>
        <source>Seed %1 · evidence SHA-256 %2…</source>
        <translation>Seed %1 · Beweisdatei SHA-256 %2…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 and %2 of face #%3</source>
        <translation>%1 und %2 von Gesicht #%3</translation>
    </message>
</context>
<context>
    <name>MethodText</name>
    <message>
        <source>mean Grad-CAM value</source>
        <translation>mittlerer Grad-CAM-Wert</translation>
    </message>
    <message>
        <source>LIME surrogate weight (change of P(fake))</source>
        <translation>LIME-Surrogatgewicht (Änderung von P(fake))</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <source>kernel width</source>
        <translation>Kernelbreite</translation>
    </message>
    <message>
        <source>mean drop of P(fake) with the region hidden</source>
        <translation>mittlerer Abfall von P(fake), wenn der Bereich verdeckt ist</translation>
    </message>
    <message>
        <source>patch side (px at 256)</source>
        <translation>Patch-Seitenlänge (px bei 256)</translation>
    </message>
    <message>
        <source>stride (px at 256)</source>
        <translation>Schrittweite (px bei 256)</translation>
    </message>
    <message>
        <source>mean P(fake) with the region kept</source>
        <translation>mittleres P(fake) mit erhaltener Region</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>Masken</translation>
    </message>
    <message>
        <source>grid cells per side</source>
        <translation>Rasterzellen pro Seite</translation>
    </message>
    <message>
        <source>keep probability</source>
        <translation>Behaltewahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Shapley value (change of P(fake))</source>
        <translation>Shapley-Wert (Änderung von P(fake))</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>Auswertungen</translation>
    </message>
    <message>
        <source>total Sobol index</source>
        <translation>totaler Sobol-Index</translation>
    </message>
    <message>
        <source>designs</source>
        <translation>Designs</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Format: Keras .h5 weights (native MesoNet, built-in card)</source>
        <translation>Format: Keras-Gewichte .h5 (natives MesoNet, eingebaute Karte)</translation>
    </message>
    <message>
        <source>Format: TorchScript .pt, card %1</source>
        <translation>Format: TorchScript .pt, Karte %1</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Input: %1 × %2 px, %3</source>
        <translation>Eingabe: %1 × %2 px, %3</translation>
    </message>
    <message>
        <source>Normalisation: pixel × %1 − mean (%2, %3, %4), ÷ std (%5, %6, %7)</source>
        <translation>Normierung: Pixel × %1 − Mittelwert (%2, %3, %4), ÷ Standardabweichung (%5, %6, %7)</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>Fake when P(fake) ≥ %1</source>
        <translation>Gefälscht, wenn P(fake) ≥ %1</translation>
    </message>
    <message>
        <source>Face crop: MesoNet (centred on the nose, upright)</source>
        <translation>Gesichtsausschnitt: MesoNet (auf die Nase zentriert, aufrecht)</translation>
    </message>
    <message>
        <source>Face crop: detector box + %1 % on each side</source>
        <translation>Gesichtsausschnitt: Detektorrahmen + %1 % auf jeder Seite</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>the evidence: file name, size, SHA-256 (checked again now), media properties</source>
        <translation>das Beweismittel: Dateiname, Größe, SHA-256 (jetzt erneut geprüft), Medieneigenschaften</translation>
    </message>
    <message>
        <source>the model: name, file SHA-256, card, device</source>
        <translation>das Modell: Name, SHA-256 der Datei, Karte, Gerät</translation>
    </message>
    <message numerus="yes">
        <source>the %n face(s) of the shown frame with their box, crop, P(fake) and verdict</source>
        <translation>
            <numerusform>das %n Gesicht des gezeigten Bildes mit Rahmen, Ausschnitt, P(fake) und Urteil</numerusform>
            <numerusform>die %n Gesichter des gezeigten Bildes mit Rahmen, Ausschnitt, P(fake) und Urteil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n face(s) of the image with their box, crop, P(fake) and verdict</source>
        <translation>
            <numerusform>das %n Gesicht des Bildes mit Rahmen, Ausschnitt, P(fake) und Urteil</numerusform>
            <numerusform>die %n Gesichter des Bildes mit Rahmen, Ausschnitt, P(fake) und Urteil</numerusform>
        </translation>
    </message>
    <message>
        <source>face #%1 (selected): no explanation yet — press Explain or Evaluate first to include heatmaps</source>
        <translation>Gesicht #%1 (gewählt): noch keine Erklärung – drücken Sie zuerst Erklären oder Bewerten, um Heatmaps aufzunehmen</translation>
    </message>
    <message>
        <source>face #%1 (selected): the heatmaps of %2 and the adversarial sample</source>
        <translation>Gesicht #%1 (gewählt): die Heatmaps von %2 und das adversariale Beispiel</translation>
    </message>
    <message>
        <source>the evaluation of face #%1 (table and chart, top-1 to top-%2)</source>
        <translation>die Bewertung von Gesicht #%1 (Tabelle und Diagramm, Top-1 bis Top-%2)</translation>
    </message>
    <message>
        <source>no evaluation (run it in the Evaluation tab to include it)</source>
        <translation>keine Bewertung (im Reiter Bewertung ausführen, um sie aufzunehmen)</translation>
    </message>
    <message numerus="yes">
        <source>the score timeline (%n frame(s) scored so far)</source>
        <translation>
            <numerusform>die Zeitleiste (bisher %n Bild bewertet)</numerusform>
            <numerusform>die Zeitleiste (bisher %n Bilder bewertet)</numerusform>
        </translation>
    </message>
    <message>
        <source>every parameter and seed, and what heatmaps can and cannot show</source>
        <translation>jeden Parameter und Startwert sowie was Heatmaps zeigen können und was nicht</translation>
    </message>
    <message>
        <source>The report will contain:</source>
        <translation>Der Bericht wird enthalten:</translation>
    </message>
    <message>
        <source>Open an image or a video first: the report describes the evidence.</source>
        <translation>Öffnen Sie zuerst ein Bild oder Video: Der Bericht beschreibt das Beweismittel.</translation>
    </message>
    <message>
        <source>A report is being written already (Esc cancels it).</source>
        <translation>Es wird bereits ein Bericht geschrieben (Esc bricht ihn ab).</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>The workbench also showed %1 computed with other settings than the evaluation (e.g. other sample counts); this report shows the explanations that were evaluated, so that the heatmaps and the evaluation refer to the same rankings.</source>
        <translation>Die Arbeitsfläche zeigte auch %1, berechnet mit anderen Einstellungen als die Bewertung (z. B. andere Stichprobenzahlen); dieser Bericht zeigt die bewerteten Erklärungen, damit sich Heatmaps und Bewertung auf dieselben Rangfolgen beziehen.</translation>
    </message>
    <message>
        <source>The evaluation was asked for face %1, but the detector calls it real, so it was not attacked.</source>
        <translation>Die Bewertung wurde für Gesicht %1 angefordert, aber der Detektor hält es für echt; daher wurde es nicht angegriffen.</translation>
    </message>
    <message>
        <source>Not explained: the detector calls this face real.</source>
        <translation>Nicht erklärt: Der Detektor hält dieses Gesicht für echt.</translation>
    </message>
    <message>
        <source>Not explained: no explanation of this face was computed in the workbench before the report was written.</source>
        <translation>Nicht erklärt: Für dieses Gesicht wurde vor dem Schreiben des Berichts keine Erklärung in der Arbeitsfläche berechnet.</translation>
    </message>
    <message>
        <source>Not explained: only the face selected in the workbench (face %1) carries its explanations.</source>
        <translation>Nicht erklärt: Nur das in der Arbeitsfläche gewählte Gesicht (Gesicht %1) enthält seine Erklärungen.</translation>
    </message>
    <message>
        <source>Not explained: this is the most suspicious face of the score timeline; show it in the workbench (at %1 s) and explain it to include its heatmaps.</source>
        <translation>Nicht erklärt: Dies ist das verdächtigste Gesicht der Zeitleiste; zeigen Sie es in der Arbeitsfläche (bei %1 s) und erklären Sie es, um seine Heatmaps aufzunehmen.</translation>
    </message>
    <message>
        <source>only frame %1, the frame shown in the workbench</source>
        <translation>nur Bild %1, das in der Arbeitsfläche gezeigte Bild</translation>
    </message>
    <message>
        <source>, and frame %1, the frame shown in the workbench</source>
        <translation>, und Bild %1, das in der Arbeitsfläche gezeigte Bild</translation>
    </message>
    <message numerus="yes">
        <source>The score timeline was still being computed when this report was written; it covers the %n frame(s) scored by then.</source>
        <translation>
            <numerusform>Die Zeitleiste wurde noch berechnet, als dieser Bericht geschrieben wurde; sie umfasst das bis dahin bewertete %n Bild.</numerusform>
            <numerusform>Die Zeitleiste wurde noch berechnet, als dieser Bericht geschrieben wurde; sie umfasst die bis dahin bewerteten %n Bilder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The faces of frame %1 (the frame shown in the workbench) have their own sections; the selected face carries the explanations and the evaluation computed for it.</source>
        <translation>Die Gesichter von Bild %1 (dem in der Arbeitsfläche gezeigten Bild) haben eigene Abschnitte; das gewählte Gesicht enthält die dafür berechneten Erklärungen und die Bewertung.</translation>
    </message>
    <message>
        <source>The most suspicious face of the score timeline has a section too.</source>
        <translation>Auch das verdächtigste Gesicht der Zeitleiste hat einen Abschnitt.</translation>
    </message>
    <message>
        <source>Every face found has its own section; the face selected in the workbench carries the explanations and the evaluation computed for it.</source>
        <translation>Jedes gefundene Gesicht hat einen eigenen Abschnitt; das in der Arbeitsfläche gewählte Gesicht enthält die dafür berechneten Erklärungen und die Bewertung.</translation>
    </message>
    <message>
        <source>No face was found in the analysed %1, so nothing was explained.</source>
        <translation>Im analysierten %1 wurde kein Gesicht gefunden, daher wurde nichts erklärt.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>fake</source>
        <translation>gefälscht</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <source>real</source>
        <translation>echt</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>GEFÄLSCHT</translation>
    </message>
    <message>
        <source>%1 when P(fake) is %2 to %3</source>
        <translation>%1, wenn P(fake) zwischen %2 und %3 liegt</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Measure the detector&apos;s best forward throughput, then each explanation method&apos;s time against the bound that throughput sets.</source>
        <translation>Misst den besten Vorwärtsdurchsatz des Detektors und dann die Zeit jeder Erklärungsmethode gegenüber der Schranke, die dieser Durchsatz setzt.</translation>
    </message>
    <message>
        <source>Face crop to explain (default: the installed df00204.jpg).</source>
        <translation>Zu erklärender Gesichtsausschnitt (Standard: das installierte df00204.jpg).</translation>
    </message>
    <message>
        <source>Instead of the explanations: frames per second of the video path on FILE (decode, detect/track, crop, score).</source>
        <translation>Statt der Erklärungen: Bilder pro Sekunde der Videoverarbeitung für FILE (Dekodieren, Erkennen/Verfolgen, Ausschneiden, Bewerten).</translation>
    </message>
    <message>
        <source>With --video: frames START:END:STEP (default all).</source>
        <translation>Mit --video: Bilder START:END:STEP (Standard: alle).</translation>
    </message>
    <message>
        <source>With --video: face detection every Nth frame (default 10).</source>
        <translation>Mit --video: Gesichtserkennung in jedem N-ten Bild (Standard 10).</translation>
    </message>
    <message>
        <source>With --video: face detector upsampling (default 1).</source>
        <translation>Mit --video: Hochskalierung des Gesichtsdetektors (Standard 1).</translation>
    </message>
    <message>
        <source>With --video: crops per detector call (default 32).</source>
        <translation>Mit --video: Ausschnitte pro Detektoraufruf (Standard 32).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>bench: no --image given and no installed sample found (run packaging/setup.sh)</source>
        <translation>bench: kein --image angegeben und kein installiertes Beispiel gefunden (packaging/setup.sh ausführen)</translation>
    </message>
    <message>
        <source>Model card for a TorchScript model (default: &lt;model&gt;.json beside it).</source>
        <translation>Modellkarte für ein TorchScript-Modell (Standard: &lt;model&gt;.json daneben).</translation>
    </message>
    <message>
        <source>Where inference runs: auto, cpu or cuda (default auto).</source>
        <translation>Wo die Inferenz läuft: auto, cpu oder cuda (Standard auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference (default: all cores).</source>
        <translation>CPU-Threads für die Inferenz (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Find the faces in images and videos and score each with the detector.</source>
        <translation>Findet die Gesichter in Bildern und Videos und bewertet jedes mit dem Detektor.</translation>
    </message>
    <message>
        <source>Images or videos.</source>
        <translation>Bilder oder Videos.</translation>
    </message>
    <message>
        <source>Take each image whole as one face (for face crops).</source>
        <translation>Jedes Bild als Ganzes als ein Gesicht nehmen (für Gesichtsausschnitte).</translation>
    </message>
    <message>
        <source>Video frames START:END:STEP (END exclusive; default all).</source>
        <translation>Videobilder START:END:STEP (END ausgeschlossen; Standard: alle).</translation>
    </message>
    <message>
        <source>Face detector upsampling (default 1).</source>
        <translation>Hochskalierung des Gesichtsdetektors (Standard 1).</translation>
    </message>
    <message>
        <source>Videos: detection rounds a track may miss before it ends (default 0 with --detect-every 1, else 2).</source>
        <translation>Videos: Erkennungsrunden, die eine Spur verpassen darf, bevor sie endet (Standard 0 mit --detect-every 1, sonst 2).</translation>
    </message>
    <message>
        <source>Videos: window (frames of a track) of the smoothed score series (default 5).</source>
        <translation>Videos: Fenster (Bilder einer Spur) der geglätteten Wertereihe (Standard 5).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout (see README).</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben (siehe README).</translation>
    </message>
    <message>
        <source>detect: no input given (fakelens-cli detect PATH...)</source>
        <translation>detect: keine Eingabe angegeben (fakelens-cli detect PATH...)</translation>
    </message>
    <message>
        <source>Evaluate explanation methods as Tsigos et al. (2025): for each image the detector calls fake, rank the SLIC segments by each method&apos;s explanation and attack the top-k with NES; report accuracy, sufficiency, effort, minimal budget, cost, localisation, Pino et al.&apos;s intrinsic metrics and rank agreement. Labels come from fake/real folders, manipulation types from the folder above them. Each finished image is appended to the results file at once: a killed run resumes with --resume FILE.</source>
        <translation>Bewertet Erklärungsmethoden wie Tsigos et al. (2025): Für jedes Bild, das der Detektor für gefälscht hält, werden die SLIC-Segmente nach der Erklärung jeder Methode geordnet und die besten k mit NES angegriffen; ausgegeben werden Genauigkeit, Suffizienz, Aufwand, minimales Budget, Kosten, Lokalisierung, die intrinsischen Metriken von Pino et al. und die Rangübereinstimmung. Die Labels stammen aus den Ordnern fake/real, die Manipulationsarten aus dem Ordner darüber. Jedes fertige Bild wird sofort an die Ergebnisdatei angehängt: Ein abgebrochener Lauf wird mit --resume FILE fortgesetzt.</translation>
    </message>
    <message>
        <source>An image, or a folder tree of face crops or frames.</source>
        <translation>Ein Bild oder ein Ordnerbaum mit Gesichtsausschnitten oder Einzelbildern.</translation>
    </message>
    <message>
        <source>Attack the top-1 .. top-K segments (default 3).</source>
        <translation>Die besten 1 .. K Segmente angreifen (Standard 3).</translation>
    </message>
    <message>
        <source>Run seed (default 0); each image&apos;s seed derives from it and its relative path.</source>
        <translation>Startwert des Laufs (Standard 0); der Startwert jedes Bildes leitet sich daraus und aus seinem relativen Pfad ab.</translation>
    </message>
    <message>
        <source>Results file (JSON Lines) to create (default: fakelens-evaluate-&lt;folder&gt;-&lt;time&gt;.jsonl in the current folder).</source>
        <translation>Zu erstellende Ergebnisdatei (JSON Lines) (Standard: fakelens-evaluate-&lt;folder&gt;-&lt;time&gt;.jsonl im aktuellen Ordner).</translation>
    </message>
    <message>
        <source>Continue the run recorded in FILE: finished images are skipped, new ones appended.</source>
        <translation>Den in FILE aufgezeichneten Lauf fortsetzen: Fertige Bilder werden übersprungen, neue angehängt.</translation>
    </message>
    <message>
        <source>Evaluate only shard I of N (0 &lt;= I &lt; N): the images at sorted positions I, I+N, ... With auto/N the index I comes from SLURM_ARRAY_TASK_ID (Slurm job array --array=0-&lt;N-1&gt;) or JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N).</source>
        <translation>Nur Teil I von N bewerten (0 &lt;= I &lt; N): die Bilder an den sortierten Positionen I, I+N, ... Mit auto/N kommt der Index I aus SLURM_ARRAY_TASK_ID (Slurm-Job-Array --array=0-&lt;N-1&gt;) oder JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N).</translation>
    </message>
    <message>
        <source>SLIC superpixels (default 50).</source>
        <translation>SLIC-Superpixel (Standard 50).</translation>
    </message>
    <message>
        <source>M of the top-k NES attack (default 50).</source>
        <translation>M des Top-k-NES-Angriffs (Standard 50).</translation>
    </message>
    <message>
        <source>n of the top-k NES attack (default 40).</source>
        <translation>n des Top-k-NES-Angriffs (Standard 40).</translation>
    </message>
    <message>
        <source>M of the _adv methods&apos; NES sample (default 80).</source>
        <translation>M des NES-Beispiels der _adv-Methoden (Standard 80).</translation>
    </message>
    <message>
        <source>Use the paper&apos;s code&apos;s NES step rule (no minimal budget then).</source>
        <translation>Die NES-Schrittregel aus dem Code des Artikels verwenden (dann kein minimales Budget).</translation>
    </message>
    <message>
        <source>Skip the minimal-budget search (saves a few attacks per method and k).</source>
        <translation>Die Suche nach dem minimalen Budget überspringen (spart einige Angriffe pro Methode und k).</translation>
    </message>
    <message>
        <source>Leave out the RANDOM baseline ranking.</source>
        <translation>Die RANDOM-Vergleichsrangfolge weglassen.</translation>
    </message>
    <message>
        <source>How faces are taken: auto (whole image up to 512 px, else the largest detected face), whole, or detect (default auto).</source>
        <translation>Wie Gesichter genommen werden: auto (ganzes Bild bis 512 px, sonst das größte erkannte Gesicht), whole oder detect (Standard auto).</translation>
    </message>
    <message>
        <source>Take every image whole as one face crop (= --faces whole).</source>
        <translation>Jedes Bild als Ganzes als einen Gesichtsausschnitt nehmen (= --faces whole).</translation>
    </message>
    <message>
        <source>Write every attacked image as 8-bit PNG under DIR (rounded: may not flip when re-scored).</source>
        <translation>Jedes angegriffene Bild als 8-Bit-PNG unter DIR schreiben (gerundet: kippt bei erneuter Bewertung eventuell nicht).</translation>
    </message>
    <message>
        <source>No per-image progress on stderr.</source>
        <translation>Kein Fortschritt pro Bild auf stderr.</translation>
    </message>
    <message>
        <source>evaluate: give exactly one PATH</source>
        <translation>evaluate: genau einen PATH angeben</translation>
    </message>
    <message>
        <source>evaluate: --resume FILE continues FILE; do not give another --results</source>
        <translation>evaluate: --resume FILE setzt FILE fort; kein weiteres --results angeben</translation>
    </message>
    <message>
        <source>evaluate: no images under %1</source>
        <translation>evaluate: keine Bilder unter %1</translation>
    </message>
    <message>
        <source>cancelled; the finished images are in %1 (continue with --resume %1)</source>
        <translation>abgebrochen; die fertigen Bilder stehen in %1 (fortsetzen mit --resume %1)</translation>
    </message>
    <message>
        <source>Also write the tables as CSV (one value per line) to FILE.</source>
        <translation>Die Tabellen zusätzlich als CSV (ein Wert pro Zeile) nach FILE schreiben.</translation>
    </message>
    <message>
        <source>Print the tables as one JSON document instead of Markdown.</source>
        <translation>Die Tabellen als ein JSON-Dokument statt als Markdown ausgeben.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>An image with faces, or a face crop with --no-detect.</source>
        <translation>Ein Bild mit Gesichtern oder ein Gesichtsausschnitt mit --no-detect.</translation>
    </message>
    <message>
        <source>Take the image whole as one face (for face crops).</source>
        <translation>Das Bild als Ganzes als ein Gesicht nehmen (für Gesichtsausschnitte).</translation>
    </message>
    <message>
        <source>explain: give exactly one IMAGE</source>
        <translation>explain: genau ein IMAGE angeben</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: Ausgabeordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>explain: cancelled</source>
        <translation>explain: abgebrochen</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try fakelens-cli --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe fakelens-cli --help)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>Results files (JSON Lines) of one run&apos;s shards.</source>
        <translation>Ergebnisdateien (JSON Lines) der Teile eines Laufs.</translation>
    </message>
    <message>
        <source>merge: give at least one results FILE</source>
        <translation>merge: mindestens eine Ergebnisdatei FILE angeben</translation>
    </message>
    <message>
        <source>The PDF to write (required). Written atomically: a failed export leaves no file.</source>
        <translation>Die zu schreibende PDF-Datei (erforderlich). Wird atomar geschrieben: Ein fehlgeschlagener Export hinterlässt keine Datei.</translation>
    </message>
    <message>
        <source>Case ID printed in the header and on every page.</source>
        <translation>Aktenzeichen, gedruckt im Kopf und auf jeder Seite.</translation>
    </message>
    <message>
        <source>Examiner&apos;s name printed in the header.</source>
        <translation>Name des Prüfers, gedruckt im Kopf.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Zufallsstartwert (Standard 0).</translation>
    </message>
    <message>
        <source>NES iterations for the adversarial sample (default 80).</source>
        <translation>NES-Iterationen für das adversariale Beispiel (Standard 80).</translation>
    </message>
    <message>
        <source>Use the paper&apos;s code&apos;s NES step rule (clip each step, no projection).</source>
        <translation>Die NES-Schrittregel aus dem Code des Artikels verwenden (jeden Schritt begrenzen, keine Projektion).</translation>
    </message>
    <message>
        <source>Explain at most N faces called fake, highest P(fake) first (default 4 for an image, 1 for a video).</source>
        <translation>Höchstens N als gefälscht eingestufte Gesichter erklären, höchstes P(fake) zuerst (Standard 4 für ein Bild, 1 für ein Video).</translation>
    </message>
    <message>
        <source>Also evaluate the explanations of each explained face (top-k NES attack; can take many minutes per face on a CPU).</source>
        <translation>Zusätzlich die Erklärungen jedes erklärten Gesichts bewerten (Top-k-NES-Angriff; kann auf einer CPU viele Minuten pro Gesicht dauern).</translation>
    </message>
    <message>
        <source>With --evaluate: attack the top-1 .. top-K segments (default 3).</source>
        <translation>Mit --evaluate: die besten 1 .. K Segmente angreifen (Standard 3).</translation>
    </message>
    <message>
        <source>With --evaluate: skip the minimal-budget search.</source>
        <translation>Mit --evaluate: die Suche nach dem minimalen Budget überspringen.</translation>
    </message>
    <message>
        <source>Take the image (or each frame) whole as one face (for face crops).</source>
        <translation>Das Bild (oder jedes Einzelbild) als Ganzes als ein Gesicht nehmen (für Gesichtsausschnitte).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Kein Fortschritt auf stderr.</translation>
    </message>
    <message>
        <source>report: give the PDF to write with --out FILE.pdf</source>
        <translation>report: die zu schreibende PDF-Datei mit --out FILE.pdf angeben</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>report: cancelled; no report was written</source>
        <translation>report: abgebrochen; es wurde kein Bericht geschrieben</translation>
    </message>
    <message>
        <source>Explain one face track of a video over a window of frames and report each method&apos;s inter-frame consistency: the mean Pearson correlation of the saliency maps of consecutive explained frames (Pino et al. 2021), 1 = steady.</source>
        <translation>Erklärt eine Gesichtsspur eines Videos über ein Fenster von Bildern und gibt die Konsistenz jeder Methode zwischen den Bildern aus: die mittlere Pearson-Korrelation der Salienzkarten aufeinanderfolgender erklärter Bilder (Pino et al. 2021), 1 = stabil.</translation>
    </message>
    <message>
        <source>The video.</source>
        <translation>Das Video.</translation>
    </message>
    <message>
        <source>Track ID, as `detect` prints it with the same --frames and --detect-every.</source>
        <translation>Spur-ID, wie `detect` sie mit denselben --frames und --detect-every ausgibt.</translation>
    </message>
    <message>
        <source>Frames to explain, START:END:STEP (END exclusive; required).</source>
        <translation>Zu erklärende Bilder, START:END:STEP (END ausgeschlossen; erforderlich).</translation>
    </message>
    <message>
        <source>The scan that numbered the tracks: START:END:STEP (default all).</source>
        <translation>Der Durchlauf, der die Spuren nummeriert hat: START:END:STEP (Standard: alle).</translation>
    </message>
    <message>
        <source>Use --seed on every frame (default: a seed per frame derived from it, so a method&apos;s sampling noise counts as instability).</source>
        <translation>--seed auf jedes Bild anwenden (Standard: ein daraus abgeleiteter Startwert pro Bild, sodass das Stichprobenrauschen einer Methode als Instabilität zählt).</translation>
    </message>
    <message>
        <source>temporal: give exactly one VIDEO</source>
        <translation>temporal: genau ein VIDEO angeben</translation>
    </message>
    <message>
        <source>Instead of the explanations: how long each long job (video scan, each method, evaluate, report) takes to stop after a cancel.</source>
        <translation>Statt der Erklärungen: wie lange jede lange Aufgabe (Videoscan, jede Methode, Auswertung, Bericht) nach einem Abbruch braucht, um anzuhalten.</translation>
    </message>
    <message>
        <source>Instead of the explanations: N consecutive small explanations in one process, with the resident memory growth after warm-up.</source>
        <translation>Statt der Erklärungen: N aufeinanderfolgende kleine Erklärungen in einem Prozess, mit dem Zuwachs des residenten Speichers nach dem Aufwärmen.</translation>
    </message>
    <message>
        <source>bench: no --video given and no installed sample video found (run packaging/setup.sh)</source>
        <translation>bench: kein --video angegeben und kein installiertes Beispielvideo gefunden (packaging/setup.sh ausführen)</translation>
    </message>
    <message>
        <source>Runs of each method; the fastest counts (default 2).</source>
        <translation>Läufe jeder Methode; der schnellste zählt (Standard 2).</translation>
    </message>
    <message>
        <source>NES noise: per-pixel (Algorithm 1: one value per pixel, shared by R, G and B; default) or per-channel.</source>
        <translation>NES-Rauschen: per-pixel (Algorithmus 1: ein Wert je Pixel, gemeinsam für R, G und B; Standard) oder per-channel.</translation>
    </message>
    <message>
        <source>Analyse an image or a video into a case file: the evidence&apos;s hash and properties, the model, every analysed frame with its faces, tracks and P(fake), the one verdict, and for the chosen faces the explanations (and with --evaluate the evaluation) with every parameter and seed. The evidence is only read. A new FILE is created; an existing case of the same evidence gets the new analysis (its notes and audit trail are kept); a case of other evidence is refused.</source>
        <translation>Analysiert ein Bild oder Video in eine Fallakte: Hash und Eigenschaften des Beweismittels, das Modell, jedes analysierte Bild mit seinen Gesichtern, Spuren und P(fake), das eine Urteil sowie für die gewählten Gesichter die Erklärungen (und mit --evaluate die Bewertung) mit jedem Parameter und Startwert. Das Beweismittel wird nur gelesen. Eine neue Datei FILE wird angelegt; eine bestehende Fallakte desselben Beweismittels erhält die neue Analyse (ihre Notizen und ihr Prüfpfad bleiben erhalten); eine Fallakte eines anderen Beweismittels wird abgelehnt.</translation>
    </message>
    <message>
        <source>The image or video to analyse (opened read-only).</source>
        <translation>Das zu analysierende Bild oder Video (schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>The case file to write (required), e.g. CASE.fakelens.</source>
        <translation>Die zu schreibende Fallakte (erforderlich), z. B. CASE.fakelens.</translation>
    </message>
    <message>
        <source>analyse: give exactly one EVIDENCE file</source>
        <translation>analyse: genau eine Beweismitteldatei EVIDENCE angeben</translation>
    </message>
    <message>
        <source>analyse: give the case file to write with --case FILE</source>
        <translation>analyse: die zu schreibende Fallakte mit --case FILE angeben</translation>
    </message>
    <message>
        <source>%1: the case holds an analysis of other evidence (%2, SHA-256 %3); this file&apos;s SHA-256 is %4. Nothing was written: use a new case file.</source>
        <translation>%1: Die Fallakte enthält eine Analyse eines anderen Beweismittels (%2, SHA-256 %3); der SHA-256 dieser Datei ist %4. Es wurde nichts geschrieben: Verwenden Sie eine neue Fallakte.</translation>
    </message>
    <message>
        <source>analyse: cancelled; the case was not changed</source>
        <translation>analyse: abgebrochen; die Fallakte wurde nicht geändert</translation>
    </message>
    <message>
        <source>Video frames START:END:STEP (END exclusive). Default: every frame, as detect and the workbench scan.</source>
        <translation>Videobilder START:END:STEP (END ausgeschlossen). Standard: jedes Bild, wie bei detect und beim Durchlauf der Arbeitsfläche.</translation>
    </message>
    <message>
        <source>Print a case: evidence and its check against the stored hash, model, verdict, faces, methods, notes and the audit trail.</source>
        <translation>Gibt eine Fallakte aus: Beweismittel und dessen Prüfung gegen den gespeicherten Hash, Modell, Urteil, Gesichter, Methoden, Notizen und den Prüfpfad.</translation>
    </message>
    <message>
        <source>The case file (opened read-only).</source>
        <translation>Die Fallakte (schreibgeschützt geöffnet).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout, with every per-frame score.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben, mit jedem Wert pro Bild.</translation>
    </message>
    <message>
        <source>case show: give exactly one case FILE</source>
        <translation>case show: genau eine Fallakte FILE angeben</translation>
    </message>
    <message>
        <source>%1: the case holds no analysis yet</source>
        <translation>%1: Die Fallakte enthält noch keine Analyse</translation>
    </message>
    <message>
        <source>Add a note or bookmark to a case (kept in its audit trail), or set the examiner&apos;s conclusion with --conclusion.</source>
        <translation>Fügt einer Fallakte eine Notiz oder ein Lesezeichen hinzu (im Prüfpfad festgehalten) oder legt mit --conclusion die Schlussfolgerung des Prüfers fest.</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>Die Fallakte.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>ok, &quot;to check&quot; or warning (default &quot;to check&quot;).</source>
        <translation>ok, &quot;to check&quot; oder warning (Standard: &quot;to check&quot;).</translation>
    </message>
    <message>
        <source>The face section the note is about (1, 2, ...).</source>
        <translation>Der Gesichtsabschnitt, den die Notiz betrifft (1, 2, ...).</translation>
    </message>
    <message>
        <source>Who writes (default: the login name).</source>
        <translation>Wer schreibt (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <source>case note: give one case FILE and either --text or --conclusion</source>
        <translation>case note: eine Fallakte FILE und entweder --text oder --conclusion angeben</translation>
    </message>
    <message>
        <source>conclusion saved</source>
        <translation>Schlussfolgerung gespeichert</translation>
    </message>
    <message>
        <source>note %1 added</source>
        <translation>Notiz %1 hinzugefügt</translation>
    </message>
    <message>
        <source>Videos: run the face detector on every Nth analysed frame and track the faces in between (default: about every 10th video frame, as the workbench and the report scan; 1: detect on every frame).</source>
        <translation>Videos: den Gesichtsdetektor auf jedem N-ten analysierten Bild ausführen und die Gesichter dazwischen verfolgen (Standard: etwa jedes 10. Videobild, wie beim Durchlauf der Arbeitsfläche und des Berichts; 1: Erkennung in jedem Bild).</translation>
    </message>
    <message>
        <source>%1: the case holds no analysis yet (run fakelens-cli analyse EVIDENCE --case %1)</source>
        <translation>%1: Die Fallakte enthält noch keine Analyse (fakelens-cli analyse EVIDENCE --case %1 ausführen)</translation>
    </message>
    <message>
        <source>WARNING: the evidence file is not the one analysed: %1. The findings below describe the file with the SHA-256 stated under Evidence.</source>
        <translation>WARNUNG: Die Beweismitteldatei ist nicht die analysierte: %1. Die folgenden Befunde beschreiben die Datei mit dem unter Beweismittel angegebenen SHA-256.</translation>
    </message>
    <message>
        <source>Write a PDF report for a case file: case and examiner, the one verdict and its rule, the examiner&apos;s conclusion and notes, the evidence&apos;s SHA-256 and media properties, the model, every face with a section (frame, timecode, track, P(fake)), the classic and adversarial heatmaps of each method side by side, the adversarial sample, optionally the evaluation, the score timeline of a video, and every parameter and seed needed to reproduce the figures. With --case the report is rendered from a saved case without running the detector; with PATH the evidence is analysed first, as `analyse` does.</source>
        <translation>Schreibt einen PDF-Bericht zu einer Fallakte: Fall und Prüfer, das eine Urteil und seine Regel, die Schlussfolgerung und Notizen des Prüfers, SHA-256 und Medieneigenschaften des Beweismittels, das Modell, jedes Gesicht mit einem eigenen Abschnitt (Bild, Timecode, Spur, P(fake)), die klassischen und adversarialen Heatmaps jeder Methode nebeneinander, das adversariale Beispiel, optional die Bewertung, die Zeitleiste der Werte eines Videos sowie jeden Parameter und Startwert, der zur Reproduktion der Abbildungen nötig ist. Mit --case wird der Bericht aus einer gespeicherten Fallakte erstellt, ohne den Detektor auszuführen; mit PATH wird das Beweismittel zuerst analysiert, wie bei `analyse`.</translation>
    </message>
    <message>
        <source>The evidence: an image or a video (opened read-only). Not with --case.</source>
        <translation>Das Beweismittel: ein Bild oder Video (schreibgeschützt geöffnet). Nicht mit --case.</translation>
    </message>
    <message>
        <source>report: give either --case FILE or the evidence PATH, not both</source>
        <translation>report: entweder --case FILE oder den Beweismittelpfad PATH angeben, nicht beides</translation>
    </message>
    <message>
        <source>report: give exactly one PATH, or --case FILE</source>
        <translation>report: genau einen PATH oder --case FILE angeben</translation>
    </message>
    <message>
        <source>bench: the cold run of explain --method %1 failed: %2</source>
        <translation>bench: der Kaltlauf von explain --method %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Skip the cold runs (each method as a fresh explain process).</source>
        <translation>Die Kaltläufe überspringen (jede Methode als neuer explain-Prozess).</translation>
    </message>
    <message>
        <source>Detector: a Keras MesoNet .h5 or a TorchScript .pt with its card (default: the installed Meso4_DF). Given twice or more, the models form an ensemble, as in the workbench: a face&apos;s P(fake) is the largest of theirs.</source>
        <translation>Detektor: ein Keras-MesoNet (.h5) oder ein TorchScript-Modell (.pt) mit seiner Modellkarte (Standard: das installierte Meso4_DF). Zwei- oder mehrmals angegeben, bilden die Modelle ein Ensemble wie in der Arbeitsoberfläche: P(fake) eines Gesichts ist der größte ihrer Werte.</translation>
    </message>
    <message>
        <source>Measure the model&apos;s error rates on a labelled dataset (images under fake/ and real/ folders, read as `evaluate` reads them): faces per class, ROC AUC, the share of fakes missed and of reals flagged at the card&apos;s threshold, a reliability table of 10 P(fake) bins and a proposed inconclusive band. The record is written beside the model file as &lt;model file&gt;.calibration.json (replacing an earlier one); reports and the Models dialog state it for the model.</source>
        <translation>Die Fehlerraten des Modells an einem beschrifteten Datensatz messen (Bilder in fake/- und real/-Ordnern, gelesen wie `evaluate` sie liest): Gesichter je Klasse, ROC-AUC, der Anteil übersehener Fälschungen und fälschlich markierter echter Bilder bei der Schwelle der Modellkarte, eine Zuverlässigkeitstabelle mit 10 P(fake)-Intervallen und ein vorgeschlagener unentschiedener Bereich. Der Eintrag wird als &lt;model file&gt;.calibration.json neben die Modelldatei geschrieben (ein früherer wird ersetzt); Berichte und der Modelle-Dialog nennen ihn für das Modell.</translation>
    </message>
    <message>
        <source>A folder tree with fake/ and real/ folders of face crops or frames.</source>
        <translation>Ein Ordnerbaum mit fake/- und real/-Ordnern aus Gesichtsausschnitten oder Einzelbildern.</translation>
    </message>
    <message>
        <source>calibrate: give exactly one DATASET folder</source>
        <translation>calibrate: genau einen DATASET-Ordner angeben</translation>
    </message>
    <message>
        <source>calibrate: %1 is not a folder</source>
        <translation>calibrate: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>calibrate: %1 is inside the dataset %2; write the record elsewhere</source>
        <translation>calibrate: %1 liegt im Datensatz %2; den Eintrag woanders schreiben</translation>
    </message>
    <message>
        <source>calibrate: give another place for the record with --output FILE</source>
        <translation>calibrate: mit --output FILE einen anderen Ort für den Eintrag angeben</translation>
    </message>
    <message>
        <source>calibrate: cancelled; no record was written</source>
        <translation>calibrate: abgebrochen; es wurde kein Eintrag geschrieben</translation>
    </message>
    <message>
        <source>Keep the faces too small to judge (box under the model card&apos;s min_face_fraction of its input, 64 px for MesoNet) in the verdict; by default they are listed but left out.</source>
        <translation>Gesichter, die zu klein zur Beurteilung sind (Rahmen unter dem min_face_fraction der Modellkarte seiner Eingabe, 64 px bei MesoNet), im Urteil behalten; standardmäßig werden sie aufgeführt, aber ausgelassen.</translation>
    </message>
    <message>
        <source>Images: re-score each face after JPEG re-encoding (quality 90, 75, 50), downscaling (0.75, 0.5) and a one-pixel shift, and say whether its verdict holds (videos are scored without it).</source>
        <translation>Bilder: jedes Gesicht nach JPEG-Neukodierung (Qualität 90, 75, 50), Verkleinerung (0,75, 0,5) und Verschiebung um ein Pixel neu bewerten und angeben, ob sein Urteil hält (Videos werden ohne dies bewertet).</translation>
    </message>
    <message>
        <source>detect: --robustness applies to images only; %1 is scored without it</source>
        <translation>detect: --robustness gilt nur für Bilder; %1 wird ohne bewertet</translation>
    </message>
    <message>
        <source>Explain the detector&apos;s verdict on each face of an image with the explanation methods (%1), classic and adversarial (_adv).</source>
        <translation>Erklärt das Urteil des Detektors zu jedem Gesicht eines Bildes mit den Erklärungsmethoden (%1), klassisch und adversarial (_adv).</translation>
    </message>
    <message>
        <source>%1, or a comma-separated list (default all: every method, classic and adversarial).</source>
        <translation>%1 oder eine kommagetrennte Liste (Standard all: jede Methode, klassisch und adversarial).</translation>
    </message>
    <message>
        <source>Samples per method: %1. Default: the paper&apos;s settings.</source>
        <translation>Stichproben pro Methode: %1. Standard: die Einstellungen des Artikels.</translation>
    </message>
    <message>
        <source>Set one method parameter, METHOD.KEY=VALUE (repeatable, applied after --samples). Parameters and defaults: %1.</source>
        <translation>Einen Methodenparameter setzen, METHOD.KEY=VALUE (wiederholbar, nach --samples angewandt). Parameter und Standardwerte: %1.</translation>
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
        <translation>Aufruf: fakelens-cli COMMAND [Optionen]

Befehle:
  detect PATH...     Gesichter finden und bewerten (Bilder und Videos)
  explain IMAGE      das Urteil mit jeder Methode erklären, klassisch und _adv
  temporal VIDEO     eine Gesichtsspur über Bilder erklären; Konsistenz zwischen Bildern
  evaluate PATH      Top-k-Angriffsbewertung der Erklärungen (Datensatztabellen)
  calibrate DATASET  die Fehlerraten des Modells an fake/- und real/-Ordnern messen
  merge FILE...      Bewertungsergebnisdateien (Teile) zu Tabellen zusammenführen
  bench              Detektordurchsatz und Erklärungsgeschwindigkeit messen
  analyse PATH       ein Bild oder Video in eine Fallakte analysieren (--case FILE)
  case show FILE     eine Fallakte ausgeben (Urteil, Gesichter, Methoden, Notizen, Prüfpfad)
  case note FILE     einer Fallakte eine Notiz, ein Lesezeichen oder die Schlussfolgerung hinzufügen
  report PATH        ein Bild oder Video analysieren und einen PDF-Bericht schreiben (--out FILE.pdf)
  report --case FILE den PDF-Bericht einer gespeicherten Fallakte schreiben, ohne Detektor

fakelens-cli COMMAND --help zeigt die Optionen eines Befehls.
fakelens-cli --version gibt die Version aus.</translation>
    </message>
    <message>
        <source>A face the detector missed, drawn by the examiner: X,Y,W,H in image pixels; on a video FRAME:X,Y,W,H, and the face is tracked from that frame (repeatable; scored, explained and reported as drawn by the examiner).</source>
        <translation>Ein vom Detektor übersehenes Gesicht, vom Prüfer gezeichnet: X,Y,W,H in Bildpixeln; bei einem Video FRAME:X,Y,W,H, und das Gesicht wird ab diesem Bild verfolgt (wiederholbar; bewertet, erklärt und als vom Prüfer gezeichnet berichtet).</translation>
    </message>
    <message>
        <source>Also time, as fresh processes, the evaluation of the face (with and without the minimal-budget search) and the main job (analyse, then report --case).</source>
        <translation>Zusätzlich, als frische Prozesse, die Evaluierung des Gesichts (mit und ohne Suche nach dem minimalen Budget) und den Hauptauftrag (analyse, dann report --case) messen.</translation>
    </message>
    <message>
        <source>With --jobs: the evaluation attacks the top-1 .. top-K segments (default 3).</source>
        <translation>Mit --jobs: Die Evaluierung greift die Top-1- bis Top-K-Segmente an (Standard 3).</translation>
    </message>
    <message>
        <source>With --jobs: leave out the evaluation with the budget search.</source>
        <translation>Mit --jobs: Die Evaluierung mit der Budgetsuche auslassen.</translation>
    </message>
    <message>
        <source>bench: the job &apos;%1&apos; failed: %2</source>
        <translation>bench: Der Auftrag „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Folder for heatmap and overlay PNGs (created; never in the evidence&apos;s folder).</source>
        <translation>Ordner für Heatmap- und Überlagerungs-PNGs (wird angelegt; nie im Ordner des Beweismittels).</translation>
    </message>
    <message>
        <source>Folder for each frame&apos;s heatmap and overlay PNGs (created; never in the evidence&apos;s folder).</source>
        <translation>Ordner für die Heatmap- und Überlagerungs-PNGs jedes Bildes (wird angelegt; nie im Ordner des Beweismittels).</translation>
    </message>
    <message>
        <source>temporal: %1 is not a video; explain an image with `fakelens-cli explain`</source>
        <translation>temporal: %1 ist kein Video; ein Bild erklären Sie mit `fakelens-cli explain`</translation>
    </message>
    <message numerus="yes">
        <source>%n window frame(s) where the track is called real: the _adv methods skip them (they explain only a face called fake) and pair no frames across them.</source>
        <translation>
            <numerusform>%n Fensterbild, in dem die Spur als echt gilt: die _adv-Methoden überspringen es (sie erklären nur ein als gefälscht eingestuftes Gesicht) und bilden kein Paar darüber hinweg.</numerusform>
            <numerusform>%n Fensterbilder, in denen die Spur als echt gilt: die _adv-Methoden überspringen sie (sie erklären nur ein als gefälscht eingestuftes Gesicht) und bilden kein Paar darüber hinweg.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the record to FILE instead of beside the model file (e.g. when the model&apos;s folder is not writable). Reports and the Models dialog read it only beside the model, as &lt;model file&gt;.calibration.json: copy it there to have it quoted.</source>
        <translation>Den Eintrag in FILE statt neben die Modelldatei schreiben (z. B. wenn der Ordner des Modells nicht beschreibbar ist). Berichte und der Modelle-Dialog lesen ihn nur neben dem Modell, als &lt;Modelldatei&gt;.calibration.json: kopieren Sie ihn dorthin, damit er zitiert wird.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and a conclusion</source>
        <translation>
            <numerusform>%n Notiz und eine Schlussfolgerung</numerusform>
            <numerusform>%n Notizen und eine Schlussfolgerung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>a conclusion</source>
        <translation>eine Schlussfolgerung</translation>
    </message>
    <message>
        <source>warning: the case %1 has %2 written about its earlier analysis, kept unchanged; check against the new analysis with fakelens-cli case show %1</source>
        <translation>Warnung: Der Fall %1 enthält %2 zu seiner früheren Analyse, unverändert beibehalten; mit der neuen Analyse abgleichen: fakelens-cli case show %1</translation>
    </message>
    <message>
        <source>The video frame the note is about (0-based): one the analysis looked at; with --face, that face section&apos;s frame.</source>
        <translation>Das Videobild, auf das sich die Notiz bezieht (ab 0): eines, das die Analyse betrachtet hat; mit --face das Bild dieses Gesichtsabschnitts.</translation>
    </message>
    <message>
        <source>Set the examiner&apos;s conclusion printed on page 1 instead; an empty TEXT (&quot;&quot;) clears it.</source>
        <translation>Stattdessen die Schlussfolgerung des Prüfers festlegen, die auf Seite 1 gedruckt wird; ein leerer TEXT (&quot;&quot;) löscht sie.</translation>
    </message>
    <message>
        <source>conclusion cleared</source>
        <translation>Schlussfolgerung gelöscht</translation>
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
        <translation>Aufruf: fakelens-cli case AKTION FILE [Optionen]

Eine Falldatei lesen oder ihr die Worte des Prüfers hinzufügen. Aktionen:
  show FILE [--json]   den Fall ausgeben: Beweismittel und seine Prüfung, Modell, Urteil, Gesichter,
                       Methoden, Schlussfolgerung, Notizen und das Prüfprotokoll
  note FILE --text TEXT [--status ok|&quot;to check&quot;|warning] [--face N] [--frame N]
                       eine Notiz oder ein Lesezeichen hinzufügen
  note FILE --conclusion TEXT
                       die Schlussfolgerung festlegen (ein leerer TEXT löscht sie)

fakelens-cli case AKTION --help zeigt die Optionen einer Aktion.</translation>
    </message>
    <message>
        <source>case: give an action: show FILE [--json], or note FILE --text TEXT [--status S] [--face N] [--frame N], or note FILE --conclusion TEXT (fakelens-cli case --help)</source>
        <translation>case: eine Aktion angeben: show FILE [--json] oder note FILE --text TEXT [--status S] [--face N] [--frame N] oder note FILE --conclusion TEXT (fakelens-cli case --help)</translation>
    </message>
    <message>
        <source>N/64 rounded down to a power of two, at least 2 (2 for any N under 256)</source>
        <translation>N/64, abgerundet auf eine Zweierpotenz, mindestens 2 (2 für jedes N unter 256)</translation>
    </message>
    <message>
        <source>Render the report of this saved case (see `analyse`). The case keeps its own analysis, case ID and examiner: the analysis and model options below apply only when report analyses evidence (PATH) and are refused with --case.</source>
        <translation>Den Bericht dieses gespeicherten Falls erstellen (siehe `analyse`). Der Fall behält seine eigene Analyse, Fallnummer und seinen Prüfer: Die Analyse- und Modelloptionen unten gelten nur, wenn report ein Beweismittel (PATH) analysiert, und werden mit --case abgelehnt.</translation>
    </message>
    <message>
        <source>report: %1 apply only when report analyses evidence (PATH); a case keeps its own analysis, case ID and examiner (analyse the evidence again with fakelens-cli analyse EVIDENCE --case FILE, or set the conclusion with fakelens-cli case note FILE --conclusion TEXT)</source>
        <translation>report: %1 gelten nur, wenn report ein Beweismittel (PATH) analysiert; ein Fall behält seine eigene Analyse, Fallnummer und seinen Prüfer (das Beweismittel erneut analysieren mit fakelens-cli analyse EVIDENCE --case FILE oder die Schlussfolgerung festlegen mit fakelens-cli case note FILE --conclusion TEXT)</translation>
    </message>
    <message>
        <source>Combine the results files of `fakelens-cli evaluate --shard I/N` runs into the tables a single run would print (same order, same rounding). The files must share every parameter (model hash, seed, settings) and the FakeLens version: a file that differs is refused, naming it and the field. An image in several files is counted once (matched by its path below the dataset folder, so a file from a run of another folder is warned about: its images would count twice); a record cut by a killed run is ignored.</source>
        <translation>Führt die Ergebnisdateien von `fakelens-cli evaluate --shard I/N`-Läufen zu den Tabellen zusammen, die ein einzelner Lauf ausgeben würde (gleiche Reihenfolge, gleiche Rundung). Die Dateien müssen alle Parameter (Modell-Hash, Seed, Einstellungen) und die FakeLens-Version teilen: Eine abweichende Datei wird abgelehnt, mit Angabe der Datei und des Feldes. Ein Bild in mehreren Dateien zählt einmal (erkannt an seinem Pfad unterhalb des Datensatzordners; bei einer Datei aus einem Lauf über einen anderen Ordner wird gewarnt, da ihre Bilder doppelt zählen würden); ein durch einen abgebrochenen Lauf abgeschnittener Eintrag wird ignoriert.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::AdversarialPanel</name>
    <message>
        <source>NES iteration</source>
        <translation>NES-Iteration</translation>
    </message>
    <message>
        <source>P(real)</source>
        <translation>P(echt)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>adversarial sample</source>
        <translation>adversariales Beispiel</translation>
    </message>
    <message>
        <source>difference (amplified)</source>
        <translation>Differenz (verstärkt)</translation>
    </message>
    <message>
        <source>No adversarial sample yet.</source>
        <translation>Noch kein adversariales Beispiel.</translation>
    </message>
    <message>
        <source>This explanation has no adversarial form.</source>
        <translation>Diese Erklärung hat keine adversariale Form.</translation>
    </message>
    <message>
        <source>NES: %1 iterations, %2 model inferences, %3 s. P(real) of the sample %4: the detector %5.</source>
        <translation>NES: %1 Iterationen, %2 Modellinferenzen, %3 s. P(echt) des Beispiels %4: Der Detektor %5.</translation>
    </message>
    <message>
        <source>calls it real (the attack flipped the verdict)</source>
        <translation>hält es für echt (der Angriff hat das Urteil umgekehrt)</translation>
    </message>
    <message>
        <source>still calls it fake (not flipped within the iteration limit)</source>
        <translation>hält es weiterhin für gefälscht (innerhalb der Iterationsgrenze nicht umgekehrt)</translation>
    </message>
    <message>
        <source>amplified ×%1, mid grey = unchanged
L∞ = %2 / 255</source>
        <translation>verstärkt ×%1, mittleres Grau = unverändert
L∞ = %2 / 255</translation>
    </message>
    <message>
        <source>calls it %1 (its P(fake) is inside the model card&apos;s band %2–%3)</source>
        <translation>stuft es als %1 ein (seine P(fake) liegt im Band %2–%3 der Modellkarte)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::AttackedFacesView</name>
    <message>
        <source>Whose top-k segments were attacked (selecting a row of the table picks it too)</source>
        <translation>Wessen Top-k-Segmente angegriffen wurden (die Auswahl einer Tabellenzeile wählt es ebenfalls)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attacked faces&lt;/b&gt; of</source>
        <translation>&lt;b&gt;Angegriffene Gesichter&lt;/b&gt; von</translation>
    </message>
    <message>
        <source>The faces after each top-k attack appear here once the evaluation has run.</source>
        <translation>Die Gesichter nach jedem Top-k-Angriff erscheinen hier, sobald die Bewertung gelaufen ist.</translation>
    </message>
    <message>
        <source>Outlined: the k segments the attack was allowed to change (at most %1/255 per pixel, invisible by eye). Underneath: what the detector says about the attacked face.</source>
        <translation>Umrandet: die k Segmente, die der Angriff ändern durfte (höchstens %1/255 pro Pixel, mit bloßem Auge unsichtbar). Darunter: was der Detektor über das angegriffene Gesicht sagt.</translation>
    </message>
    <message>
        <source>The attacked images were not kept for this evaluation.</source>
        <translation>Die angegriffenen Bilder wurden für diese Bewertung nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>%1, top-%2 segments attacked: P(fake) %3 -&gt; %4 (%5), %6 NES steps, L∞ %7/255</source>
        <translation>%1, Top-%2-Segmente angegriffen: P(fake) %3 -&gt; %4 (%5), %6 NES-Schritte, L∞ %7/255</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>weiterhin %1</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
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
        <translation>Öffnen Sie zuerst ein Bild oder Video: Ein Fall enthält die Analyse eines Beweismittels.</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <source>FakeLens cases (*.fakelens);;All files (*)</source>
        <translation>FakeLens-Fälle (*.fakelens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <source>The faces of the shown frame are still being detected; save the case when they are in.</source>
        <translation>Die Gesichter des angezeigten Bildes werden noch erkannt; speichern Sie den Fall, sobald sie vorliegen.</translation>
    </message>
    <message>
        <source>The case is being saved or opened; wait until it is done.</source>
        <translation>Der Fall wird gerade gespeichert oder geöffnet; warten Sie, bis dies abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Choose where to save the case.</source>
        <translation>Wählen Sie, wo der Fall gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Saving the case %1…</source>
        <translation>Fall %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>The case %1 holds the analysis of other evidence (%2, SHA-256 %3); this evidence&apos;s SHA-256 is %4. Nothing was saved: save to a new case file.</source>
        <translation>Der Fall %1 enthält die Analyse eines anderen Beweismittels (%2, SHA-256 %3); der SHA-256 dieses Beweismittels ist %4. Nichts wurde gespeichert: Speichern Sie in eine neue Falldatei.</translation>
    </message>
    <message>
        <source>Saving the case was cancelled.</source>
        <translation>Das Speichern des Falls wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The case was not saved. %1</source>
        <translation>Der Fall wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Case saved: %1.</source>
        <translation>Fall gespeichert: %1.</translation>
    </message>
    <message>
        <source>Opening the case %1 and checking its evidence…</source>
        <translation>Fall %1 wird geöffnet und sein Beweismittel geprüft…</translation>
    </message>
    <message>
        <source>the case holds no analysis yet</source>
        <translation>der Fall enthält noch keine Analyse</translation>
    </message>
    <message>
        <source>The case %1 could not be opened; nothing was changed. %2</source>
        <translation>Der Fall %1 konnte nicht geöffnet werden; nichts wurde geändert. %2</translation>
    </message>
    <message>
        <source>The evidence of the case %1 is missing: %2 is not there. The case&apos;s analysis cannot be shown on its faces; the case file was not changed.</source>
        <translation>Das Beweismittel des Falls %1 fehlt: %2 ist nicht vorhanden. Die Analyse des Falls kann nicht auf seinen Gesichtern gezeigt werden; die Falldatei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The evidence %1 is NOT the file the case %2 analysed: %3. The workbench shows the file as it is now; the case&apos;s results are not put on its faces.</source>
        <translation>Das Beweismittel %1 ist NICHT die Datei, die der Fall %2 analysiert hat: %3. Die Arbeitsfläche zeigt die Datei in ihrem jetzigen Zustand; die Ergebnisse des Falls werden nicht auf ihre Gesichter übertragen.</translation>
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
        <translation>FakeLens — %1 — Fall %2</translation>
    </message>
    <message>
        <source>FakeLens — case %1</source>
        <translation>FakeLens — Fall %1</translation>
    </message>
    <message>
        <source>The case was analysed with the model %1 (%2); the workbench has %3 loaded. The case&apos;s results are shown as saved; new explanations and evaluations would come from %3. Tools › Models… loads the case&apos;s model.</source>
        <translation>Der Fall wurde mit dem Modell %1 (%2) analysiert; in der Arbeitsoberfläche ist %3 geladen. Die Ergebnisse des Falls werden wie gespeichert gezeigt; neue Erklärungen und Evaluierungen kämen von %3. Extras › Modelle… lädt das Modell des Falls.</translation>
    </message>
    <message>
        <source>%1 exists already; a new case is written to a new file. Nothing was saved.</source>
        <translation>%1 existiert bereits; ein neuer Fall wird in eine neue Datei geschrieben. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The case&apos;s model was not loaded: %1.</source>
        <translation>Das Modell des Falls wurde nicht geladen: %1.</translation>
    </message>
    <message>
        <source>Open an image or a video first: a new case holds the analysis of the open evidence.</source>
        <translation>Öffnen Sie zuerst ein Bild oder ein Video: Ein neuer Fall enthält die Analyse des geöffneten Beweismittels.</translation>
    </message>
    <message>
        <source>Start a new case for the open evidence: case ID, examiner and case file (Ctrl+Shift+N)</source>
        <translation>Einen neuen Fall für das geöffnete Beweismittel beginnen: Fall-ID, Prüfer und Falldatei (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>A new case needs a case ID; no case was written.</source>
        <translation>Ein neuer Fall braucht eine Fall-ID; es wurde kein Fall geschrieben.</translation>
    </message>
    <message>
        <source>%1 is in the evidence&apos;s folder, which FakeLens never writes to; save the case in another folder. Nothing was saved.</source>
        <translation>%1 liegt im Ordner des Beweismittels, in den FakeLens nie schreibt; speichern Sie den Fall in einem anderen Ordner. Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::CaseNotesController</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The notes of the case could not be read.</source>
        <translation>Die Notizen des Falls konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Open an image or a video first: a bookmark is on its shown frame.</source>
        <translation>Öffnen Sie zuerst ein Bild oder Video: Ein Lesezeichen gilt dem gezeigten Bild.</translation>
    </message>
    <message>
        <source>Open an image or a video and save it as a case first: notes are kept in the case file.</source>
        <translation>Öffnen Sie zuerst ein Bild oder Video und speichern Sie es als Fall: Notizen werden in der Falldatei aufbewahrt.</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Zuerst den Fall speichern</translation>
    </message>
    <message>
        <source>Notes are kept in the case file, and no case is saved yet. Save the analysis as a case now? The note is added to it once it is saved.</source>
        <translation>Notizen werden in der Falldatei aufbewahrt, und es ist noch kein Fall gespeichert. Die Analyse jetzt als Fall speichern? Die Notiz wird hinzugefügt, sobald er gespeichert ist.</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>Die Notiz wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>the note is no longer in the case</source>
        <translation>die Notiz ist nicht mehr im Fall</translation>
    </message>
    <message>
        <source>The status of the note was not changed.</source>
        <translation>Der Status der Notiz wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The note was not changed.</source>
        <translation>Die Notiz wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Notiz entfernen</translation>
    </message>
    <message>
        <source>Remove the note &quot;%1&quot; from the case? The audit trail keeps that it was removed.</source>
        <translation>Die Notiz „%1“ aus dem Fall entfernen? Der Prüfpfad hält fest, dass sie entfernt wurde.</translation>
    </message>
    <message>
        <source>The note was not removed.</source>
        <translation>Die Notiz wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>The conclusion was not saved.</source>
        <translation>Die Schlussfolgerung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>No case is open: save the case first (File › Save case as…).</source>
        <translation>Kein Fall ist geöffnet: Speichern Sie zuerst den Fall (Datei › Fall speichern unter…).</translation>
    </message>
    <message>
        <source>The shown evidence is not the evidence of the case %1 (or the case is still being read): a bookmark there would point at the wrong frame. Add a note without a frame, or open the case&apos;s evidence.</source>
        <translation>Das gezeigte Beweismittel ist nicht das Beweismittel des Falls %1 (oder der Fall wird noch gelesen): Ein Lesezeichen dort würde auf das falsche Bild zeigen. Fügen Sie eine Notiz ohne Bild hinzu oder öffnen Sie das Beweismittel des Falls.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::CaseNotesPanel</name>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Neue Notiz…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add the note to the case as a whole</source>
        <translation>Die Notiz zum Fall als Ganzem hinzufügen</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Lesezeichen auf Bild</translation>
    </message>
    <message>
        <source>Add the note on the shown frame and the selected face (Ctrl+B)</source>
        <translation>Die Notiz zum gezeigten Bild und zum gewählten Gesicht hinzufügen (Strg+B)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected note from the case (kept in its audit trail)</source>
        <translation>Die gewählte Notiz aus dem Fall entfernen (im Prüfpfad festgehalten)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>The examiner&apos;s conclusion, printed on page 1 of the report</source>
        <translation>Die Schlussfolgerung des Prüfers, gedruckt auf Seite 1 des Berichts</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Schlussfolgerung speichern</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>Notes of the case %1; every change is saved to it at once.</source>
        <translation>Notizen des Falls %1; jede Änderung wird sofort darin gespeichert.</translation>
    </message>
    <message>
        <source>face section %1, track %2</source>
        <translation>Gesichtsabschnitt %1, Spur %2</translation>
    </message>
    <message>
        <source>face section %1</source>
        <translation>Gesichtsabschnitt %1</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>Bild %1 (%2)</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>der Fall</translation>
    </message>
    <message>
        <source>No case is open: adding a note first asks to save the analysis as a case.</source>
        <translation>Kein Fall ist geöffnet: Beim Hinzufügen einer Notiz wird zuerst angeboten, die Analyse als Fall zu speichern.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ColorLegend</name>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>high importance for “fake”</source>
        <translation>hohe Bedeutung für „gefälscht“</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationChart</name>
    <message>
        <source>P(fake) after attacking the top-k segments (below the red line: now called real)</source>
        <translation>P(fake) nach dem Angriff auf die Top-k-Segmente (unter der roten Linie: jetzt als echt eingestuft)</translation>
    </message>
    <message>
        <source>Sufficiency: how much P(fake) dropped (higher: the explanation found what matters)</source>
        <translation>Suffizienz: wie stark P(fake) gesunken ist (höher: Die Erklärung hat das Wesentliche gefunden)</translation>
    </message>
    <message>
        <source>P(fake) after</source>
        <translation>P(fake) danach</translation>
    </message>
    <message>
        <source>P(fake) drop</source>
        <translation>Rückgang von P(fake)</translation>
    </message>
    <message>
        <source>classic, k = %1</source>
        <translation>klassisch, k = %1</translation>
    </message>
    <message>
        <source>threshold %1 (below: called real)</source>
        <translation>Schwelle %1 (darunter: als echt eingestuft)</translation>
    </message>
    <message>
        <source>_adv, k = %1</source>
        <translation>_adv, k = %1</translation>
    </message>
    <message>
        <source>P(fake) before the attack, %1</source>
        <translation>P(fake) vor dem Angriff, %1</translation>
    </message>
    <message>
        <source>RANDOM, k = %1</source>
        <translation>RANDOM, k = %1</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-k segments (in the shaded band: inconclusive)</source>
        <translation>P(fake) nach dem Angriff auf die Top-k-Segmente (im schattierten Band: unentschieden)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>Schwelle %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationController</name>
    <message>
        <source>scoring the face</source>
        <translation>Gesicht wird bewertet</translation>
    </message>
    <message>
        <source>segmenting the face</source>
        <translation>Gesicht wird segmentiert</translation>
    </message>
    <message>
        <source>making the adversarial sample (NES)</source>
        <translation>adversariales Beispiel wird erzeugt (NES)</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>attacking the top-k segments</source>
        <translation>Top-k-Segmente werden angegriffen</translation>
    </message>
    <message>
        <source>attacking the top-k segments of %1</source>
        <translation>Top-k-Segmente von %1 werden angegriffen</translation>
    </message>
    <message>
        <source>explaining with %1</source>
        <translation>Erklärung mit %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationPanel</name>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>never flipped</source>
        <translation>nie gekippt</translation>
    </message>
    <message>
        <source>%1/255</source>
        <translation>%1/255</translation>
    </message>
    <message>
        <source>Select a face the detector calls fake, pick the methods and press Evaluate.</source>
        <translation>Wählen Sie ein Gesicht, das der Detektor für gefälscht hält, wählen Sie die Methoden und drücken Sie Bewerten.</translation>
    </message>
    <message>
        <source>%1 with the hidden parts filled from the NES adversarial sample</source>
        <translation>%1 mit den verdeckten Teilen aus dem adversarialen NES-Beispiel gefüllt</translation>
    </message>
    <message>
        <source>%1 with its classic fill</source>
        <translation>%1 mit seiner klassischen Füllung</translation>
    </message>
    <message>
        <source>RANDOM baseline</source>
        <translation>RANDOM-Vergleich</translation>
    </message>
    <message>
        <source>A random ranking of the segments, attacked the same way: an explanation is useful only where it does better than this</source>
        <translation>Eine zufällige Rangfolge der Segmente, auf dieselbe Weise angegriffen: Eine Erklärung ist nur dort nützlich, wo sie besser abschneidet</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>top-k </source>
        <translation>Top-k </translation>
    </message>
    <message>
        <source>Attack the top-1, top-2, ... top-k segments of each ranking (the paper: 3)</source>
        <translation>Die Top-1-, Top-2-, ... Top-k-Segmente jeder Rangfolge angreifen (Artikel: 3)</translation>
    </message>
    <message>
        <source>NES steps </source>
        <translation>NES-Schritte </translation>
    </message>
    <message>
        <source>M, the most NES steps of each attack (the paper: 50)</source>
        <translation>M, die meisten NES-Schritte jedes Angriffs (Artikel: 50)</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> Stichproben</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <source>Attack the top-k segments of each checked method&apos;s ranking for the selected face</source>
        <translation>Die Top-k-Segmente der Rangfolge jeder angekreuzten Methode für das gewählte Gesicht angreifen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the running evaluation (Esc)</source>
        <translation>Die laufende Bewertung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Evaluation of face #%1, frame %2</source>
        <translation>Bewertung von Gesicht #%1, Bild %2</translation>
    </message>
    <message>
        <source>Evaluation of face #%1</source>
        <translation>Bewertung von Gesicht #%1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n method(s)… (Esc, Stop or Cancel in the status bar stops it)</source>
        <translation>
            <numerusform>%n Methode wird bewertet… (Esc, Anhalten oder Abbrechen in der Statusleiste hält an)</numerusform>
            <numerusform>%n Methoden werden bewertet… (Esc, Anhalten oder Abbrechen in der Statusleiste hält an)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · P(fake) %2 (%3)</source>
        <translation>%1 · P(fake) %2 (%3)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
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
        <translation>Suff.
k=%1</translation>
    </message>
    <message>
        <source>flips
at k</source>
        <translation>kippt
bei k</translation>
    </message>
    <message>
        <source>The ranking&apos;s method; RANDOM is the baseline</source>
        <translation>Die Methode der Rangfolge; RANDOM ist der Vergleich</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-%1 segments (red: still fake, green: now real)</source>
        <translation>P(fake) nach dem Angriff auf die Top-%1-Segmente (rot: weiterhin gefälscht, grün: jetzt echt)</translation>
    </message>
    <message>
        <source>Sufficiency at k=%1: P(fake) before minus P(fake) after the attack</source>
        <translation>Suffizienz bei k=%1: P(fake) vorher minus P(fake) nach dem Angriff</translation>
    </message>
    <message>
        <source>The smallest k whose attack flipped the verdict</source>
        <translation>Das kleinste k, dessen Angriff das Urteil umgekehrt hat</translation>
    </message>
    <message>
        <source>RANDOM: top segments %1</source>
        <translation>RANDOM: beste Segmente %1</translation>
    </message>
    <message>
        <source>%1: top segments %2; explained in %3 s with %4 inferences</source>
        <translation>%1: beste Segmente %2; erklärt in %3 s mit %4 Inferenzen</translation>
    </message>
    <message>
        <source>%1, top-%2: P(fake) %3 -&gt; %4, %5 NES steps, %6 inferences, L∞ %7/255, minimal budget %8</source>
        <translation>%1, Top-%2: P(fake) %3 -&gt; %4, %5 NES-Schritte, %6 Inferenzen, L∞ %7/255, minimales Budget %8</translation>
    </message>
    <message>
        <source>The verdict flipped to real when the top-%1 segments were attacked</source>
        <translation>Das Urteil kippte zu echt, als die Top-%1-Segmente angegriffen wurden</translation>
    </message>
    <message>
        <source>The verdict did not flip for any k up to %1</source>
        <translation>Das Urteil kippte für kein k bis %1</translation>
    </message>
    <message>
        <source>Samples per method for the explanations that are evaluated (each sampling method&apos;s count; the others follow their own rule). Small for a quick look; the paper uses 2000, raise it for results that go into a case file.</source>
        <translation>Stichproben pro Methode für die bewerteten Erklärungen (die Anzahl jeder Stichprobenmethode; die übrigen folgen ihrer eigenen Regel). Klein für einen schnellen Blick; der Artikel verwendet 2000 – erhöhen Sie den Wert für Ergebnisse, die in eine Fallakte gehen.</translation>
    </message>
    <message>
        <source>%1 needs the detector&apos;s gradients; the loaded model gives none</source>
        <translation>%1 braucht die Gradienten des Detektors; das geladene Modell liefert keine</translation>
    </message>
    <message>
        <source>The detector calls this face %1 (P(fake) %2 below the threshold %3). Only faces at or above the threshold are attacked, so there is nothing to evaluate.</source>
        <translation>Der Detektor stuft dieses Gesicht als %1 ein (P(fake) %2 unter der Schwelle %3). Nur Gesichter ab der Schwelle werden angegriffen, daher gibt es nichts zu evaluieren.</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-%1 segments (red: fake, orange: inconclusive, green: real)</source>
        <translation>P(fake) nach dem Angriff auf die Top-%1-Segmente (rot: gefälscht, orange: unentschieden, grün: echt)</translation>
    </message>
    <message>
        <source>P(fake) fell below the threshold when the top-%1 segments were attacked</source>
        <translation>P(fake) fiel unter die Schwelle, als die Top-%1-Segmente angegriffen wurden</translation>
    </message>
    <message>
        <source>The same segments as %1 top-%2: one attack, shown in both rows.</source>
        <translation>Dieselben Segmente wie %1 Top-%2: ein einziger Angriff, in beiden Zeilen gezeigt.</translation>
    </message>
    <message>
        <source>Check every method (press again to clear them)</source>
        <translation>Alle Methoden ankreuzen (erneut drücken, um sie abzuwählen)</translation>
    </message>
    <message>
        <source>Each ranking of the face&apos;s %1 segments is tested by letting NES change only its top-k segments (at most %2/255 per pixel, %3 steps). If the explanation found what the detector relies on, P(fake) falls (high sufficiency) and the verdict may flip to real. %4 samples per sampling method, seed %5, %6 s.</source>
        <translation>Jede Rangfolge der %1 Segmente des Gesichts wird geprüft, indem NES nur ihre Top-k-Segmente ändern darf (höchstens %2/255 pro Pixel, %3 Schritte). Hat die Erklärung gefunden, worauf sich der Detektor stützt, sinkt P(fake) (hohe Suffizienz) und das Urteil kann zu echt kippen. %4 Stichproben pro Stichprobenmethode, Startwert %5, %6 s.</translation>
    </message>
    <message>
        <source>RANDOM ranks the segments at random: a method should do better.</source>
        <translation>RANDOM ordnet die Segmente zufällig: Eine Methode sollte besser abschneiden.</translation>
    </message>
    <message>
        <source>†: the same top-k segments as another row, so one attack shown in both (its tooltip names the row).</source>
        <translation>†: dieselben Top-k-Segmente wie eine andere Zeile, also ein Angriff, in beiden gezeigt (sein Tooltip nennt die Zeile).</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvidencePanel</name>
    <message>
        <source>No file open.</source>
        <translation>Keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px · %4</source>
        <translation>%1 · %2 × %3 px · %4</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps</source>
        <translation>%1 Bilder · %2 B/s</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;fake when P(fake) ≥ %3</source>
        <translation>Modell &lt;b&gt;%1&lt;/b&gt; auf %2&lt;br&gt;gefälscht, wenn P(fake) ≥ %3</translation>
    </message>
    <message>
        <source>Model: not loaded (see the message above the frame)</source>
        <translation>Modell: nicht geladen (siehe die Meldung über dem Bild)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the evidence file to the clipboard</source>
        <translation>Den vollständigen SHA-256 der Beweisdatei in die Zwischenablage kopieren</translation>
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
        <translation>Anzeigen…</translation>
    </message>
    <message>
        <source>The file&apos;s EXIF, XMP and IPTC (images) or container and stream metadata (videos)</source>
        <translation>EXIF, XMP und IPTC der Datei (Bilder) bzw. Container- und Stream-Metadaten (Videos)</translation>
    </message>
    <message>
        <source>Metadata: none in the file</source>
        <translation>Metadaten: keine in der Datei</translation>
    </message>
    <message numerus="yes">
        <source>Metadata: %n item(s)</source>
        <translation>
            <numerusform>Metadaten: %n Eintrag</numerusform>
            <numerusform>Metadaten: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>(not fully read)</source>
        <translation>(nicht vollständig gelesen)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ExplanationController</name>
    <message>
        <source>segmenting the face</source>
        <translation>Gesicht wird segmentiert</translation>
    </message>
    <message>
        <source>making the adversarial sample (NES)</source>
        <translation>adversariales Beispiel wird erzeugt (NES)</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 läuft</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Adversarial sample</source>
        <translation>Adversariales Beispiel</translation>
    </message>
    <message>
        <source>Select a face, pick a method and press Explain (Ctrl+E).</source>
        <translation>Wählen Sie ein Gesicht und eine Methode und drücken Sie Erklären (Strg+E).</translation>
    </message>
    <message>
        <source>Heatmap opacity, shared by both views (Space flips the overlay off and on)</source>
        <translation>Deckkraft der Heatmap, für beide Ansichten (Leertaste blendet die Überlagerung aus und ein)</translation>
    </message>
    <message>
        <source>Outline top</source>
        <translation>Umrisse der besten</translation>
    </message>
    <message>
        <source> segments</source>
        <translation> Segmente</translation>
    </message>
    <message>
        <source>Fit / 100 %</source>
        <translation>Einpassen / 100 %</translation>
    </message>
    <message>
        <source>Toggle between fitting the face and one image pixel per screen pixel (F)</source>
        <translation>Zwischen eingepasstem Gesicht und einem Bildpixel pro Bildschirmpixel wechseln (F)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>%1 and %1_adv of face #%2, frame %3</source>
        <translation>%1 und %1_adv von Gesicht #%2, Bild %3</translation>
    </message>
    <message>
        <source>%1 and %1_adv of face #%2</source>
        <translation>%1 und %1_adv von Gesicht #%2</translation>
    </message>
    <message>
        <source>Computing %1… (Esc or Cancel in the status bar stops it)</source>
        <translation>%1 wird berechnet… (Esc oder Abbrechen in der Statusleiste hält an)</translation>
    </message>
    <message>
        <source>%1 · P(fake) %2 (%3)</source>
        <translation>%1 · P(fake) %2 (%3)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 inferences, %3 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 Inferenzen, %3 s</translation>
    </message>
    <message>
        <source>No adversarial sample in this explanation.</source>
        <translation>Kein adversariales Beispiel in dieser Erklärung.</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>klassisch</translation>
    </message>
    <message>
        <source>adversarial (_adv)</source>
        <translation>adversarial (_adv)</translation>
    </message>
    <message>
        <source>classic explanation</source>
        <translation>klassische Erklärung</translation>
    </message>
    <message>
        <source>adversarial explanation</source>
        <translation>adversariale Erklärung</translation>
    </message>
    <message>
        <source>No adversarial sample yet.</source>
        <translation>Noch kein adversariales Beispiel.</translation>
    </message>
    <message>
        <source>face%1_frame%2_%3.png</source>
        <translation>gesicht%1_bild%2_%3.png</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>Gemeinsame Skala</translation>
    </message>
    <message>
        <source>Scale per map</source>
        <translation>Skala je Karte</translation>
    </message>
    <message>
        <source>Shared: both maps of the pair on one colour scale, so a weaker map looks weaker. Per map: each map stretched to its own minimum and maximum.</source>
        <translation>Gemeinsam: beide Karten des Paars auf einer Farbskala, sodass eine schwächere Karte schwächer aussieht. Je Karte: jede Karte auf ihr eigenes Minimum und Maximum gestreckt.</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Vergleich exportieren…</translation>
    </message>
    <message>
        <source>Save both maps with their colour scales and the inspector&apos;s values as one PNG or SVG</source>
        <translation>Beide Karten mit ihren Farbskalen und den Werten des Inspektors als ein PNG oder SVG speichern</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>Save this view (face with heatmap) as a PNG image with a caption: method, colour scale, seed, face, frame and evidence hash</source>
        <translation>Diese Ansicht (Gesicht mit Heatmap) als PNG-Bild mit Beschriftung speichern: Methode, Farbskala, Seed, Gesicht, Bild und Hash der Beweisdatei</translation>
    </message>
    <message>
        <source>%1 and %2, shared scale</source>
        <translation>%1 und %2, gemeinsame Skala</translation>
    </message>
    <message>
        <source>%1, own scale</source>
        <translation>%1, eigene Skala</translation>
    </message>
    <message>
        <source>%1 top segments (score): %2</source>
        <translation>%1 wichtigste Segmente (Wert): %2</translation>
    </message>
    <message>
        <source>face%1_frame%2_%3_comparison.png</source>
        <translation>gesicht%1_bild%2_%3_vergleich.png</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG-Bilder (*.png);;SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>%1 has no adversarial (_adv) form</source>
        <translation>%1 hat keine adversariale (_adv) Form</translation>
    </message>
    <message>
        <source>%1 of face #%2, frame %3</source>
        <translation>%1 von Gesicht #%2, Bild %3</translation>
    </message>
    <message>
        <source>%1 of face #%2</source>
        <translation>%1 von Gesicht #%2</translation>
    </message>
    <message>
        <source>not available: the detector calls this face %1</source>
        <translation>nicht verfügbar: der Detektor stuft dieses Gesicht als %1 ein</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FaceListPanel</name>
    <message>
        <source>No frame yet.</source>
        <translation>Noch kein Bild.</translation>
    </message>
    <message>
        <source>#%1   P(fake) %2
%3</source>
        <translation>#%1   P(fake) %2
%3</translation>
    </message>
    <message>
        <source>Face #%1: P(fake) = %2, detection confidence %3</source>
        <translation>Gesicht #%1: P(fake) = %2, Erkennungssicherheit %3</translation>
    </message>
    <message>
        <source>No face in this frame.</source>
        <translation>Kein Gesicht in diesem Bild.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s), %1 called fake</source>
        <translation>
            <numerusform>%n Gesicht, %1 als gefälscht eingestuft</numerusform>
            <numerusform>%n Gesichter, %1 als gefälscht eingestuft</numerusform>
        </translation>
    </message>
    <message>
        <source> (too small to judge, kept)</source>
        <translation> (zu klein zur Beurteilung, behalten)</translation>
    </message>
    <message>
        <source> (too small to judge, left out)</source>
        <translation> (zu klein zur Beurteilung, ausgelassen)</translation>
    </message>
    <message numerus="yes">
        <source>, %n inconclusive</source>
        <translation>
            <numerusform>, %n unentschieden</numerusform>
            <numerusform>, %n unentschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too small to judge (kept in the verdict)</source>
        <translation>
            <numerusform>; %n zu klein zur Beurteilung (im Urteil behalten)</numerusform>
            <numerusform>; %n zu klein zur Beurteilung (im Urteil behalten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too small to judge (left out of the verdict)</source>
        <translation>
            <numerusform>; %n zu klein zur Beurteilung (nicht im Urteil)</numerusform>
            <numerusform>; %n zu klein zur Beurteilung (nicht im Urteil)</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn by the examiner</source>
        <translation>vom Prüfer eingezeichnet</translation>
    </message>
    <message>
        <source>Face #%1: P(fake) = %2, drawn by the examiner (the face detector missed it)</source>
        <translation>Gesicht #%1: P(fake) = %2, vom Prüfer eingezeichnet (der Gesichtsdetektor hat es übersehen)</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>INSTABIL</translation>
    </message>
    <message>
        <source>UNSTABLE: the robustness re-test changed its verdict (Ctrl+R shows it).</source>
        <translation>INSTABIL: Die Robustheitsprüfung hat sein Urteil geändert (Strg+R zeigt sie).</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FrameScrubber</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Vorheriges Bild (Links)</translation>
    </message>
    <message>
        <source>Play / pause (P)</source>
        <translation>Abspielen / Pause (P)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Nächstes Bild (Rechts)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the CLI, the case and the report; this video&apos;s last frame is %1.</source>
        <translation>Bilder werden ab 0 gezählt, wie in der CLI, im Fall und im Bericht; das letzte Bild dieses Videos ist %1.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FrameView</name>
    <message>
        <source>Open an image or a video (File › Open, Ctrl+O) or drop a file here.</source>
        <translation>Öffnen Sie ein Bild oder Video (Datei › Öffnen, Strg+O) oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>detecting faces…</source>
        <translation>Gesichter werden erkannt…</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>Drag a box around the face the detector missed (Esc cancels).</source>
        <translation>Ziehen Sie einen Rahmen um das Gesicht, das der Detektor übersehen hat (Esc bricht ab).</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>(gezeichnet)</translation>
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
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>model: %1 · device: %2</source>
        <translation>Modell: %1 · Gerät: %2</translation>
    </message>
    <message>
        <source>FakeLens — %1</source>
        <translation>FakeLens — %1</translation>
    </message>
    <message>
        <source>Detecting faces…</source>
        <translation>Gesichter werden erkannt…</translation>
    </message>
    <message>
        <source>model: not loaded</source>
        <translation>Modell: nicht geladen</translation>
    </message>
    <message>
        <source>The faces of this frame could not be scored.</source>
        <translation>Die Gesichter dieses Bildes konnten nicht bewertet werden.</translation>
    </message>
    <message>
        <source>The explanation failed: %1</source>
        <translation>Die Erklärung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Explanation cancelled.</source>
        <translation>Erklärung abgebrochen.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Explain (Ctrl+E) to explain the selected face.</source>
        <translation>Gesicht oder Bild haben sich geändert: Drücken Sie Erklären (Strg+E), um das gewählte Gesicht zu erklären.</translation>
    </message>
    <message>
        <source>Explaining %1 / %1_adv: %2 %3 %</source>
        <translation>Erkläre %1 / %1_adv: %2 %3 %</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Datei wird geöffnet…</translation>
    </message>
    <message>
        <source>Detecting faces in frame %1…</source>
        <translation>Gesichter in Bild %1 werden erkannt…</translation>
    </message>
    <message>
        <source>Scoring the timeline: %1 / %2 frames</source>
        <translation>Zeitleiste wird bewertet: %1 / %2 Bilder</translation>
    </message>
    <message numerus="yes">
        <source>Timeline stopped after %n frame(s).</source>
        <translation>
            <numerusform>Zeitleiste nach %n Bild angehalten.</numerusform>
            <numerusform>Zeitleiste nach %n Bildern angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Beweismittel öffnen</translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Bilder und Videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About FakeLens</source>
        <translation>Über FakeLens</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Evaluating: %1 %2 %</source>
        <translation>Bewertung: %1 %2 %</translation>
    </message>
    <message>
        <source>Writing the report: %1 %2 %</source>
        <translation>Bericht wird geschrieben: %1 %2 %</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Die Bewertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Bewertung abgebrochen.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Evaluate to evaluate the selected face.</source>
        <translation>Gesicht oder Bild haben sich geändert: Drücken Sie Bewerten, um das gewählte Gesicht zu bewerten.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Bericht geschrieben: %1 (%n Seite).</numerusform>
            <numerusform>Bericht geschrieben: %1 (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1.</source>
        <translation>Bericht geschrieben: %1.</translation>
    </message>
    <message>
        <source>No report was written. %1</source>
        <translation>Es wurde kein Bericht geschrieben. %1</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Berichtsexport abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>P(fake) per face track: %1 of %2 frames scored…</source>
        <translation>P(fake) pro Gesichtsspur: %1 von %2 Bildern bewertet…</translation>
    </message>
    <message>
        <source>P(fake) per face track, every %3th frame: %1 of %2 scored…</source>
        <translation>P(fake) pro Gesichtsspur, jedes %3. Bild: %1 von %2 bewertet…</translation>
    </message>
    <message>
        <source>Frame %1, face %2</source>
        <translation>Bild %1, Gesicht %2</translation>
    </message>
    <message>
        <source>Face %1</source>
        <translation>Gesicht %1</translation>
    </message>
    <message>
        <source>Testing the robustness of the verdict…</source>
        <translation>Die Robustheit des Urteils wird geprüft…</translation>
    </message>
    <message>
        <source>Robustness: the verdict is UNSTABLE.</source>
        <translation>Robustheit: Das Urteil ist INSTABIL.</translation>
    </message>
    <message>
        <source>Robustness: the verdict is stable.</source>
        <translation>Robustheit: Das Urteil ist stabil.</translation>
    </message>
    <message>
        <source>The robustness test failed: %1</source>
        <translation>Die Robustheitsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Robustness test cancelled.</source>
        <translation>Robustheitsprüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Ctrl+R to test the selected face.</source>
        <translation>Gesicht oder Bild hat sich geändert: Strg+R prüft das gewählte Gesicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;FakeLens %1&lt;/b&gt;&lt;br&gt;Deepfake face detection with classic and adversarial explanations (%2).</source>
        <translation>&lt;b&gt;FakeLens %1&lt;/b&gt;&lt;br&gt;Erkennung von Deepfake-Gesichtern mit klassischen und adversarialen Erklärungen (%2).</translation>
    </message>
    <message>
        <source>Drag a box around the face the detector missed (Esc cancels).</source>
        <translation>Ziehen Sie einen Rahmen um das Gesicht, das der Detektor übersehen hat (Esc bricht ab).</translation>
    </message>
    <message>
        <source>Pick a method and press Explain (Ctrl+E) to explain the selected face.</source>
        <translation>Wählen Sie eine Methode und drücken Sie Erklären (Strg+E), um das ausgewählte Gesicht zu erklären.</translation>
    </message>
    <message>
        <source>Pick the methods and press Evaluate to test the selected face&apos;s explanations.</source>
        <translation>Wählen Sie die Methoden und drücken Sie Bewerten, um die Erklärungen des ausgewählten Gesichts zu prüfen.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MetadataDialog</name>
    <message>
        <source>Metadata of %1</source>
        <translation>Metadaten von %1</translation>
    </message>
    <message>
        <source>As stated by the file. Metadata can be edited without trace: it is what the file says about itself, not a finding.</source>
        <translation>So wie die Datei sie angibt. Metadaten lassen sich spurlos ändern: Sie sind, was die Datei über sich selbst sagt, kein Befund.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Not fully read: %1</source>
        <translation>Nicht vollständig gelesen: %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MethodParameterForm</name>
    <message>
        <source>%1: from %2 to %3; the default, %4, is the paper&apos;s setting</source>
        <translation>%1: von %2 bis %3; der Standardwert %4 ist die Einstellung des Artikels</translation>
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
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Check two or more models to combine them into an ensemble</source>
        <translation>Zwei oder mehr Modelle ankreuzen, um sie zu einem Ensemble zu verbinden</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Install a TorchScript model (.pt with its JSON card) or Keras MesoNet weights (.h5)</source>
        <translation>Ein TorchScript-Modell (.pt mit seiner JSON-Karte) oder Keras-MesoNet-Gewichte (.h5) installieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Delete a model you added (models installed for all users stay)</source>
        <translation>Ein von Ihnen hinzugefügtes Modell löschen (für alle Benutzer installierte Modelle bleiben)</translation>
    </message>
    <message>
        <source>Use as &amp;default</source>
        <translation>Als &amp;Standard verwenden</translation>
    </message>
    <message>
        <source>Use checked as &amp;ensemble</source>
        <translation>Angekreuzte als E&amp;nsemble verwenden</translation>
    </message>
    <message>
        <source>P(fake) of a face = the largest score of the checked models</source>
        <translation>P(fake) eines Gesichts = der höchste Wert der angekreuzten Modelle</translation>
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
        <translation>unbrauchbar</translation>
    </message>
    <message>
        <source>No model is installed. Add one, or run packaging/setup.sh.</source>
        <translation>Kein Modell installiert. Fügen Sie eines hinzu oder führen Sie packaging/setup.sh aus.</translation>
    </message>
    <message>
        <source>In use: the ensemble %1 (P(fake) = the largest score).</source>
        <translation>In Verwendung: das Ensemble %1 (P(fake) = der höchste Wert).</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>In Verwendung: %1.</translation>
    </message>
    <message>
        <source>In use: none (no model is installed).</source>
        <translation>In Verwendung: keines (kein Modell installiert).</translation>
    </message>
    <message>
        <source>The model was not added: %1</source>
        <translation>Das Modell wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Modell hinzufügen</translation>
    </message>
    <message>
        <source>Models (*.pt *.h5);;TorchScript (*.pt);;Keras weights (*.h5)</source>
        <translation>Modelle (*.pt *.h5);;TorchScript (*.pt);;Keras-Gewichte (*.h5)</translation>
    </message>
    <message>
        <source>The model&apos;s card</source>
        <translation>Die Karte des Modells</translation>
    </message>
    <message>
        <source>Model cards (*.json)</source>
        <translation>Modellkarten (*.json)</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Modell entfernen</translation>
    </message>
    <message>
        <source>Delete %1 from your models folder?</source>
        <translation>%1 aus Ihrem Modellordner löschen?</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 takes another input, crop or threshold than the other checked models; an ensemble&apos;s models must agree on them.</source>
        <translation>%1 hat eine andere Eingabe, einen anderen Ausschnitt oder eine andere Schwelle als die anderen angekreuzten Modelle; die Modelle eines Ensembles müssen darin übereinstimmen.</translation>
    </message>
    <message>
        <source>Check two or more models to combine them.</source>
        <translation>Kreuzen Sie zwei oder mehr Modelle an, um sie zu verbinden.</translation>
    </message>
    <message>
        <source>Measured error rates: %1</source>
        <translation>Gemessene Fehlerraten: %1</translation>
    </message>
    <message>
        <source>Measured error rates: checking the model file…</source>
        <translation>Gemessene Fehlerraten: Modelldatei wird geprüft…</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>e.g. 2025-0417</source>
        <translation>z. B. 2025-0417</translation>
    </message>
    <message>
        <source>Printed in the header and on every page of the report</source>
        <translation>Im Kopf und auf jeder Seite des Berichts gedruckt</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation>Aktenzeichen:</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>PDF-Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Wählen Sie, wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>„%1“ ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>„%1“ existiert. Ersetzen?</translation>
    </message>
    <message>
        <source>Give the case ID: the report prints it on every page so that it cannot be mixed up with another case.</source>
        <translation>Geben Sie das Aktenzeichen an: Der Bericht druckt es auf jede Seite, damit er nicht mit einem anderen Fall verwechselt werden kann.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>Stored in the case file and printed on every page of its reports</source>
        <translation>Wird in der Falldatei gespeichert und auf jeder Seite ihrer Berichte gedruckt</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
    <message>
        <source>Give the case ID: the case file and every report made from it carry it, so that it cannot be mixed up with another case.</source>
        <translation>Geben Sie die Fall-ID an: Die Falldatei und jeder daraus erstellte Bericht tragen sie, damit der Fall nicht mit einem anderen verwechselt werden kann.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ReportExporter</name>
    <message>
        <source>Open an image or a video first: the report describes the evidence.</source>
        <translation>Öffnen Sie zuerst ein Bild oder Video: Der Bericht beschreibt das Beweismittel.</translation>
    </message>
    <message>
        <source>The faces of the shown frame are still being detected; export the report when they are in.</source>
        <translation>Die Gesichter des gezeigten Bildes werden noch erkannt; exportieren Sie den Bericht, wenn sie vorliegen.</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Wählen Sie, wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>The evidence file %1 changed since it was opened (its SHA-256 is now %2, it was %3). No report was written: open the file again and repeat the analysis.</source>
        <translation>Die Beweismitteldatei %1 hat sich seit dem Öffnen geändert (ihr SHA-256 ist jetzt %2, vorher %3). Es wurde kein Bericht geschrieben: Öffnen Sie die Datei erneut und wiederholen Sie die Analyse.</translation>
    </message>
    <message>
        <source>reading the evidence</source>
        <translation>Beweismittel wird gelesen</translation>
    </message>
    <message>
        <source>checking the evidence&apos;s SHA-256</source>
        <translation>SHA-256 des Beweismittels wird geprüft</translation>
    </message>
    <message>
        <source>describing the model</source>
        <translation>Modell wird beschrieben</translation>
    </message>
    <message>
        <source>scoring the most suspicious frame again</source>
        <translation>das verdächtigste Bild wird erneut bewertet</translation>
    </message>
    <message>
        <source>drawing the figures</source>
        <translation>Abbildungen werden gezeichnet</translation>
    </message>
    <message>
        <source>writing the pages</source>
        <translation>Seiten werden geschrieben</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::RobustnessDialog</name>
    <message>
        <source>Robustness of the verdict</source>
        <translation>Robustheit des Urteils</translation>
    </message>
    <message>
        <source>The face re-scored after JPEG re-encoding of the frame, downscaling of the frame and a one-pixel shift of the face. A verdict that flips under any of these is unstable.</source>
        <translation>Das Gesicht, neu bewertet nach JPEG-Neukodierung des Bildes, Verkleinerung des Bildes und Verschiebung des Gesichts um ein Pixel. Ein Urteil, das dabei kippt, ist instabil.</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>JPEG quality %1</source>
        <translation>JPEG-Qualität %1</translation>
    </message>
    <message>
        <source>downscaled × %1</source>
        <translation>verkleinert × %1</translation>
    </message>
    <message>
        <source>shifted 1 px right</source>
        <translation>1 px nach rechts verschoben</translation>
    </message>
    <message>
        <source>shifted 1 px down</source>
        <translation>1 px nach unten verschoben</translation>
    </message>
    <message>
        <source>shifted 1 px left</source>
        <translation>1 px nach links verschoben</translation>
    </message>
    <message>
        <source>shifted 1 px up</source>
        <translation>1 px nach oben verschoben</translation>
    </message>
    <message>
        <source>Re-scoring nine variants…</source>
        <translation>Neun Varianten werden neu bewertet…</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>%1 (flips)</source>
        <translation>%1 (kippt)</translation>
    </message>
    <message>
        <source>P(fake) from %1 to %2; largest change %3</source>
        <translation>P(fake) von %1 bis %2; größte Änderung %3</translation>
    </message>
    <message>
        <source>UNSTABLE: the verdict changes under at least one variant.</source>
        <translation>INSTABIL: Das Urteil ändert sich bei mindestens einer Variante.</translation>
    </message>
    <message>
        <source>Stable: every variant keeps the verdict.</source>
        <translation>Stabil: Jede Variante behält das Urteil.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ScoreTimeline</name>
    <message>
        <source>frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Spur %1</translation>
    </message>
    <message>
        <source>Track %1 (unconfirmed)</source>
        <translation>Spur %1 (unbestätigt)</translation>
    </message>
    <message>
        <source>Video: no confirmed face, no verdict</source>
        <translation>Video: kein bestätigtes Gesicht, kein Urteil</translation>
    </message>
    <message>
        <source>Video P(fake) %1: %2</source>
        <translation>Video-P(fake) %1: %2</translation>
    </message>
    <message>
        <source>Mean of the top 10 % of the per-frame highest P(fake) over the confirmed face tracks (%1 of %2 tracks, %3 frames with a face); fake when it reaches the threshold %4.</source>
        <translation>Mittelwert der höchsten 10 % der pro Bild höchsten P(fake) über die bestätigten Gesichtsspuren (%1 von %2 Spuren, %3 Bilder mit Gesicht); gefälscht, wenn er den Schwellenwert %4 erreicht.</translation>
    </message>
    <message numerus="yes">
        <source> (%n frame(s) inconclusive)</source>
        <translation>
            <numerusform> (%n Bild unentschieden)</numerusform>
            <numerusform> (%n Bilder unentschieden)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n small face(s) left out</source>
        <translation>
            <numerusform>; %n kleines Gesicht ausgelassen</numerusform>
            <numerusform>; %n kleine Gesichter ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1 (drawn)</source>
        <translation>Spur %1 (gezeichnet)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::SegmentInspector</name>
    <message>
        <source>Hover over the face to inspect a segment; click to pin it.</source>
        <translation>Fahren Sie über das Gesicht, um ein Segment zu untersuchen; ein Klick heftet es an.</translation>
    </message>
    <message>
        <source>No explanation yet: select a face and press Explain (Ctrl+E).</source>
        <translation>Noch keine Erklärung: Wählen Sie ein Gesicht und drücken Sie Erklären (Strg+E).</translation>
    </message>
    <message>
        <source>Segment %1 (pinned) · %2 % of the face</source>
        <translation>Segment %1 (angeheftet) · %2 % des Gesichts</translation>
    </message>
    <message>
        <source>Segment %1 · %2 % of the face</source>
        <translation>Segment %1 · %2 % des Gesichts</translation>
    </message>
    <message>
        <source>%1: score %2, rank %3 of %4</source>
        <translation>%1: Wert %2, Rang %3 von %4</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 Rang %2</translation>
    </message>
    <message>
        <source>Pinned: segment %1 · %2</source>
        <translation>Angeheftet: Segment %1 · %2</translation>
    </message>
    <message>
        <source>Computing the explanation; its segments can be inspected when it is in.</source>
        <translation>Die Erklärung wird berechnet; ihre Segmente lassen sich untersuchen, sobald sie vorliegt.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>E&amp;xplanations</source>
        <translation>E&amp;rklärungen</translation>
    </message>
    <message>
        <source>&amp;NES attack</source>
        <translation>&amp;NES-Angriff</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>Auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Every setting on every page back to FakeLens&apos; defaults (the paper&apos;s settings)</source>
        <translation>Alle Einstellungen auf allen Seiten auf die Standardwerte von FakeLens (die Werte des Artikels) zurücksetzen</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when FakeLens is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von FakeLens.</translation>
    </message>
    <message>
        <source>Name shown in reports</source>
        <translation>Name, der in Berichten erscheint</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <source>Automatic (the installed Meso4_DF)</source>
        <translation>Automatisch (das installierte Meso4_DF)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tools › Models… adds models and combines several into an ensemble</source>
        <translation>Extras › Modelle… fügt Modelle hinzu und verbindet mehrere zu einem Ensemble</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>Standard&amp;modell:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatisch (GPU, wenn verfügbar)</translation>
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
        <translation>&amp;Gerät:</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>alle Kerne</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>CPU-&amp;Threads:</translation>
    </message>
    <message>
        <source>Score every Nth frame of a video for the P(fake) timeline (1 = every frame)</source>
        <translation>Jedes N-te Bild eines Videos für die P(fake)-Zeitleiste bewerten (1 = jedes Bild)</translation>
    </message>
    <message>
        <source>Timeline: every &amp;Nth frame:</source>
        <translation>Zeitleiste: jedes &amp;N-te Bild:</translation>
    </message>
    <message>
        <source>About how many SLIC superpixels a face is divided into</source>
        <translation>In etwa wie viele SLIC-Superpixel ein Gesicht unterteilt wird</translation>
    </message>
    <message>
        <source>SLIC &amp;segments:</source>
        <translation>SLIC-&amp;Segmente:</translation>
    </message>
    <message>
        <source>The same seed gives the same explanations</source>
        <translation>Derselbe Startwert ergibt dieselben Erklärungen</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>The defaults are the settings of Tsigos et al. (2025), section 4.3. More samples give steadier explanations and take longer.</source>
        <translation>Die Standardwerte sind die Einstellungen von Tsigos et al. (2025), Abschnitt 4.3. Mehr Stichproben ergeben stabilere Erklärungen und dauern länger.</translation>
    </message>
    <message>
        <source>Maximum &amp;iterations:</source>
        <translation>Maximale &amp;Iterationen:</translation>
    </message>
    <message>
        <source>Search &amp;variance σ:</source>
        <translation>Such&amp;varianz σ:</translation>
    </message>
    <message>
        <source>Antithetic pairs per iteration (2n images)</source>
        <translation>Antithetische Paare pro Iteration (2n Bilder)</translation>
    </message>
    <message>
        <source>&amp;Samples per iteration (n):</source>
        <translation>&amp;Stichproben pro Iteration (n):</translation>
    </message>
    <message>
        <source> / 255</source>
        <translation> / 255</translation>
    </message>
    <message>
        <source>Step &amp;α:</source>
        <translation>Schritt&amp;weite α:</translation>
    </message>
    <message>
        <source>Maximum &amp;distortion δ (L∞):</source>
        <translation>Maximale &amp;Verzerrung δ (L∞):</translation>
    </message>
    <message>
        <source>&amp;Paper-compatible (clip each step, no projection onto the δ-ball)</source>
        <translation>&amp;Wie im Code des Artikels (jeden Schritt begrenzen, keine Projektion auf die δ-Kugel)</translation>
    </message>
    <message>
        <source>NES makes the adversarial copy of the face whose pixels fill the hidden segments of the _adv methods.</source>
        <translation>NES erzeugt die adversariale Kopie des Gesichts, deren Pixel die verdeckten Segmente der _adv-Methoden füllen.</translation>
    </message>
    <message>
        <source>&amp;Colour map:</source>
        <translation>&amp;Farbskala:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Overlay &amp;opacity:</source>
        <translation>&amp;Deckkraft der Überlagerung:</translation>
    </message>
    <message>
        <source>Outline the &amp;top segments:</source>
        <translation>Umrisse der &amp;besten Segmente:</translation>
    </message>
    <message numerus="yes">
        <source>In use now: an ensemble of %n model(s). Choosing a model here replaces it.</source>
        <translation>
            <numerusform>Derzeit in Verwendung: ein Ensemble aus %n Modell. Die Wahl eines Modells hier ersetzt es.</numerusform>
            <numerusform>Derzeit in Verwendung: ein Ensemble aus %n Modellen. Die Wahl eines Modells hier ersetzt es.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>FakeLens will use the new language when it is started again.</source>
        <translation>FakeLens verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Keep faces too small to judge in the verdict</source>
        <translation>Zu kleine Gesichter im Urteil behalten</translation>
    </message>
    <message>
        <source>Faces whose box is under the model card&apos;s minimum (64 px for MesoNet) are always shown; by default they are left out of the verdict</source>
        <translation>Gesichter, deren Rahmen unter dem Minimum der Modellkarte liegt (64 px bei MesoNet), werden immer angezeigt; standardmäßig fließen sie nicht ins Urteil ein</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Die laufende Arbeit anhalten (Esc)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::TimelineLink</name>
    <message>
        <source>Timeline stopped: %1</source>
        <translation>Zeitleiste angehalten: %1</translation>
    </message>
    <message numerus="yes">
        <source>P(fake) per face track (smoothed over %1 points): %n frame(s) scored in %2 s (%3 frames/s)</source>
        <translation>
            <numerusform>P(fake) pro Gesichtsspur (geglättet über %1 Punkte): %n Bild bewertet in %2 s (%3 Bilder/s)</numerusform>
            <numerusform>P(fake) pro Gesichtsspur (geglättet über %1 Punkte): %n Bilder bewertet in %2 s (%3 Bilder/s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the frames the case analysed: %1 to %2, one in %3</source>
        <translation>die vom Fall analysierten Bilder: %1 bis %2, eines von %3</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::WorkbenchActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an image or a video (Ctrl+O)</source>
        <translation>Ein Bild oder Video öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Erklären</translation>
    </message>
    <message>
        <source>Explain the selected face with the chosen method, classic and adversarial (Ctrl+E)</source>
        <translation>Das gewählte Gesicht mit der gewählten Methode erklären, klassisch und adversarial (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Die laufende Arbeit anhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Detect faces</source>
        <translation>Gesichter e&amp;rkennen</translation>
    </message>
    <message>
        <source>Off: each frame is taken whole as one face (for images that are face crops)</source>
        <translation>Aus: Jedes Bild wird als Ganzes als ein Gesicht genommen (für Bilder, die Gesichtsausschnitte sind)</translation>
    </message>
    <message>
        <source>&amp;Previous frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>&amp;Next frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>Eine Sekunde zurück</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>Eine Sekunde vor</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit / 100 %</source>
        <translation>&amp;Einpassen / 100 %</translation>
    </message>
    <message>
        <source>Flip &amp;overlay</source>
        <translation>Überlagerung &amp;umschalten</translation>
    </message>
    <message>
        <source>Heatmap on / plain face (Space)</source>
        <translation>Heatmap an / nur Gesicht (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;About FakeLens</source>
        <translation>Ü&amp;ber FakeLens</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Model, device, sample counts, NES, seed, colours, language (Ctrl+,)</source>
        <translation>Modell, Gerät, Stichprobenzahlen, NES, Startwert, Farben, Sprache (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelle…</translation>
    </message>
    <message>
        <source>Installed models, their cards, the default model and ensembles (Ctrl+Shift+M)</source>
        <translation>Installierte Modelle, ihre Karten, das Standardmodell und Ensembles (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Bereiche</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nalyse</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Explanation method; its adversarial form (_adv) is computed alongside</source>
        <translation>Erklärungsmethode; ihre adversariale Form (_adv) wird mitberechnet</translation>
    </message>
    <message>
        <source>model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>&amp;Bewerten</translation>
    </message>
    <message>
        <source>Test the explanations of the selected face: attack the top-k segments of each method&apos;s ranking (Evaluation tab, Ctrl+Shift+T)</source>
        <translation>Die Erklärungen des gewählten Gesichts prüfen: die Top-k-Segmente der Rangfolge jeder Methode angreifen (Reiter Bewertung, Strg+Umschalt+T)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a PDF report of the evidence, the faces, the explanations and the evaluation for the case file (Ctrl+Shift+E)</source>
        <translation>Einen PDF-Bericht über Beweismittel, Gesichter, Erklärungen und Bewertung für die Fallakte schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Fa&amp;ll öffnen…</translation>
    </message>
    <message>
        <source>Open a saved case: its evidence, faces, explanations and evaluations (Ctrl+Shift+O)</source>
        <translation>Einen gespeicherten Fall öffnen: sein Beweismittel, Gesichter, Erklärungen und Bewertungen (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>Fall &amp;speichern</translation>
    </message>
    <message>
        <source>Save the analysis (faces, verdict, explanations, evaluations) to the case file (Ctrl+S)</source>
        <translation>Die Analyse (Gesichter, Urteil, Erklärungen, Bewertungen) in der Falldatei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Fall speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the analysis to another case file (Ctrl+Shift+S)</source>
        <translation>Die Analyse in einer anderen Falldatei speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Recent cas&amp;es</source>
        <translation>Letzte F&amp;älle</translation>
    </message>
    <message>
        <source>&amp;Bookmark this frame</source>
        <translation>&amp;Lesezeichen auf dieses Bild</translation>
    </message>
    <message>
        <source>Add a note on the shown frame and the selected face to the case (Ctrl+B)</source>
        <translation>Dem Fall eine Notiz zum gezeigten Bild und zum gewählten Gesicht hinzufügen (Strg+B)</translation>
    </message>
    <message>
        <source>Test &amp;robustness</source>
        <translation>&amp;Robustheit prüfen</translation>
    </message>
    <message>
        <source>Re-score the selected face after JPEG re-encoding, downscaling and a one-pixel shift (Ctrl+R)</source>
        <translation>Das gewählte Gesicht nach JPEG-Neukodierung, Verkleinerung und Verschiebung um ein Pixel neu bewerten (Strg+R)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>Draw &amp;face box</source>
        <translation>Gesichts&amp;rahmen zeichnen</translation>
    </message>
    <message>
        <source>Draw a box around a face the detector missed; it is scored, explained and evaluated like the others and marked as drawn by the examiner (Ctrl+Shift+F, Esc cancels)</source>
        <translation>Einen Rahmen um ein Gesicht zeichnen, das der Detektor übersehen hat; es wird wie die anderen bewertet, erklärt und evaluiert und als vom Prüfer eingezeichnet markiert (Strg+Umschalt+F, Esc bricht ab)</translation>
    </message>
    <message>
        <source>%1 needs the detector&apos;s gradients; the loaded model gives none</source>
        <translation>%1 braucht die Gradienten des Detektors; das geladene Modell liefert keine</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::WorkbenchSession</name>
    <message>
        <source>No face was found in this frame. If the image is already a face crop, turn off Analyse › Detect faces to score it whole.</source>
        <translation>In diesem Bild wurde kein Gesicht gefunden. Ist das Bild bereits ein Gesichtsausschnitt, schalten Sie Analyse › Gesichter erkennen aus, um es als Ganzes zu bewerten.</translation>
    </message>
    <message>
        <source>This frame could not be scored.</source>
        <translation>Dieses Bild konnte nicht bewertet werden.</translation>
    </message>
    <message>
        <source>Select a face to explain first.</source>
        <translation>Wählen Sie zuerst ein Gesicht zum Erklären.</translation>
    </message>
    <message>
        <source>Open an image or a video first.</source>
        <translation>Öffnen Sie zuerst ein Bild oder Video.</translation>
    </message>
    <message>
        <source>Select a face to evaluate first.</source>
        <translation>Wählen Sie zuerst ein Gesicht zum Bewerten.</translation>
    </message>
    <message>
        <source>Pick at least one method to evaluate.</source>
        <translation>Wählen Sie mindestens eine Methode zum Bewerten.</translation>
    </message>
    <message>
        <source>%1_adv is not available for this face: %2</source>
        <translation>%1_adv ist für dieses Gesicht nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>No face was found in this frame. Step to a neighbouring frame or pick a point on the timeline where a face track is scored.</source>
        <translation>In diesem Bild wurde kein Gesicht gefunden. Gehen Sie zu einem benachbarten Bild oder wählen Sie einen Punkt auf der Zeitleiste, an dem eine Gesichtsspur bewertet ist.</translation>
    </message>
    <message>
        <source>Select a face to test first.</source>
        <translation>Wählen Sie zuerst ein Gesicht zum Prüfen.</translation>
    </message>
    <message>
        <source>Turn on Analyse › Detect faces to draw a face box: a drawn face is fitted with the face detector&apos;s landmark model.</source>
        <translation>Schalten Sie Analyse › Gesichter erkennen ein, um einen Gesichtsrahmen zu zeichnen: Ein gezeichnetes Gesicht wird mit dem Landmarkenmodell des Gesichtsdetektors angepasst.</translation>
    </message>
    <message>
        <source>No face was found in this frame. Draw one with Analyse › Draw face box (Ctrl+Shift+F), then explain it.</source>
        <translation>In diesem Bild wurde kein Gesicht gefunden. Zeichnen Sie eines mit Analyse › Gesichtsrahmen zeichnen (Strg+Umschalt+F) und erklären Sie es dann.</translation>
    </message>
    <message>
        <source>The timeline does not score frame %1, so the face drawn there is kept on that frame only. Draw it on a frame the timeline scores (a point of its curves) to have it followed.</source>
        <translation>Die Zeitleiste bewertet Bild %1 nicht, daher bleibt das dort gezeichnete Gesicht nur auf diesem Bild. Zeichnen Sie es auf einem Bild, das die Zeitleiste bewertet (ein Punkt ihrer Kurven), damit es verfolgt wird.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Deepfake face detection and explanation workbench.</source>
        <translation>Arbeitsplatz zur Erkennung und Erklärung von Deepfake-Gesichtern.</translation>
    </message>
    <message>
        <source>Detector model file (.h5 or .pt) for this session.</source>
        <translation>Detektor-Modelldatei (.h5 oder .pt) für diese Sitzung.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Image or video to open, or a case (.fakelens).</source>
        <translation>Zu öffnendes Bild oder Video, oder ein Fall (.fakelens).</translation>
    </message>
</context>
</TS>
