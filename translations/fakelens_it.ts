<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>CaseModelCheck</name>
    <message>
        <source>its file %1 is missing</source>
        <translation>il suo file %1 manca</translation>
    </message>
    <message>
        <source>the case records no SHA-256 of %1, so it cannot be checked</source>
        <translation>il caso non registra lo SHA-256 di %1, quindi non può essere verificato</translation>
    </message>
    <message>
        <source>the SHA-256 of %1 differs from the case&apos;s (the file was changed or replaced)</source>
        <translation>lo SHA-256 di %1 differisce da quello del caso (il file è stato modificato o sostituito)</translation>
    </message>
</context>
<context>
    <name>ColorMaps</name>
    <message>
        <source>Jet (rainbow, as in the reports)</source>
        <translation>Jet (arcobaleno, come nei rapporti)</translation>
    </message>
    <message>
        <source>Turbo (rainbow, even brightness)</source>
        <translation>Turbo (arcobaleno, luminosità uniforme)</translation>
    </message>
    <message>
        <source>Viridis (colour-blind safe)</source>
        <translation>Viridis (adatta ai daltonici)</translation>
    </message>
    <message>
        <source>Inferno (colour-blind safe)</source>
        <translation>Inferno (adatta ai daltonici)</translation>
    </message>
    <message>
        <source>Magma (colour-blind safe)</source>
        <translation>Magma (adatta ai daltonici)</translation>
    </message>
    <message>
        <source>Hot (black, red, yellow, white)</source>
        <translation>Hot (nero, rosso, giallo, bianco)</translation>
    </message>
    <message>
        <source>Bone (grey, prints well)</source>
        <translation>Bone (grigio, adatta alla stampa)</translation>
    </message>
</context>
<context>
    <name>DialogCaseChooser</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The workbench holds explanations or evaluations that are in no case file yet. Save them before starting a new case?</source>
        <translation>Il banco di lavoro contiene spiegazioni o valutazioni che non sono ancora in alcun file del caso. Salvarle prima di iniziare un nuovo caso?</translation>
    </message>
    <message>
        <source>The case %1 has unsaved changes (explanations or evaluations). Save them before starting a new case?</source>
        <translation>Il caso %1 ha modifiche non salvate (spiegazioni o valutazioni). Salvarle prima di iniziare un nuovo caso?</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The file does not exist</source>
        <translation>Il file non esiste</translation>
    </message>
    <message>
        <source>The file cannot be read</source>
        <translation>Il file non può essere letto</translation>
    </message>
    <message>
        <source>The file cannot be written</source>
        <translation>Il file non può essere scritto</translation>
    </message>
    <message>
        <source>The file is empty</source>
        <translation>Il file è vuoto</translation>
    </message>
    <message>
        <source>The file is not an image or video FakeLens can read</source>
        <translation>Il file non è un&apos;immagine o un video che FakeLens sa leggere</translation>
    </message>
    <message>
        <source>The file is damaged</source>
        <translation>Il file è danneggiato</translation>
    </message>
    <message>
        <source>The image is too large</source>
        <translation>L&apos;immagine è troppo grande</translation>
    </message>
    <message>
        <source>The video cannot be read</source>
        <translation>Il video non può essere letto</translation>
    </message>
    <message>
        <source>The detector model cannot be loaded</source>
        <translation>Il modello del rilevatore non può essere caricato</translation>
    </message>
    <message>
        <source>The detector&apos;s model card is invalid</source>
        <translation>La scheda del modello del rilevatore non è valida</translation>
    </message>
    <message>
        <source>No face was found</source>
        <translation>Non è stato trovato alcun volto</translation>
    </message>
    <message>
        <source>The compute device is not available</source>
        <translation>Il dispositivo di calcolo non è disponibile</translation>
    </message>
    <message>
        <source>A setting is not valid</source>
        <translation>Un&apos;impostazione non è valida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>Something went wrong inside FakeLens</source>
        <translation>Si è verificato un errore interno in FakeLens</translation>
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
        <translation>Mappa di calore %1 · volto #%2 · fotogramma %3</translation>
    </message>
    <message>
        <source>%1 heatmap · face #%2</source>
        <translation>Mappa di calore %1 · volto #%2</translation>
    </message>
    <message>
        <source>Colour scale: this map alone, %1 to %2</source>
        <translation>Scala dei colori: solo questa mappa, da %1 a %2</translation>
    </message>
    <message>
        <source>Colour scale: shared with %1, %2 to %3</source>
        <translation>Scala dei colori: condivisa con %1, da %2 a %3</translation>
    </message>
    <message>
        <source>Seed %1 · evidence SHA-256 %2…</source>
        <translation>Seme %1 · SHA-256 della prova %2…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <source>%1 and %2 of face #%3</source>
        <translation>%1 e %2 del volto #%3</translation>
    </message>
</context>
<context>
    <name>MethodText</name>
    <message>
        <source>mean Grad-CAM value</source>
        <translation>valore medio di Grad-CAM</translation>
    </message>
    <message>
        <source>LIME surrogate weight (change of P(fake))</source>
        <translation>Peso del surrogato LIME (variazione di P(fake))</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>campioni</translation>
    </message>
    <message>
        <source>kernel width</source>
        <translation>larghezza del kernel</translation>
    </message>
    <message>
        <source>mean drop of P(fake) with the region hidden</source>
        <translation>calo medio di P(fake) con la regione nascosta</translation>
    </message>
    <message>
        <source>patch side (px at 256)</source>
        <translation>lato della toppa (px a 256)</translation>
    </message>
    <message>
        <source>stride (px at 256)</source>
        <translation>passo (px a 256)</translation>
    </message>
    <message>
        <source>mean P(fake) with the region kept</source>
        <translation>P(fake) medio con la regione mantenuta</translation>
    </message>
    <message>
        <source>masks</source>
        <translation>maschere</translation>
    </message>
    <message>
        <source>grid cells per side</source>
        <translation>celle della griglia per lato</translation>
    </message>
    <message>
        <source>keep probability</source>
        <translation>probabilità di mantenimento</translation>
    </message>
    <message>
        <source>Shapley value (change of P(fake))</source>
        <translation>Valore di Shapley (variazione di P(fake))</translation>
    </message>
    <message>
        <source>evaluations</source>
        <translation>valutazioni</translation>
    </message>
    <message>
        <source>total Sobol index</source>
        <translation>indice di Sobol totale</translation>
    </message>
    <message>
        <source>designs</source>
        <translation>disegni</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Format: Keras .h5 weights (native MesoNet, built-in card)</source>
        <translation>Formato: pesi Keras .h5 (MesoNet nativo, scheda integrata)</translation>
    </message>
    <message>
        <source>Format: TorchScript .pt, card %1</source>
        <translation>Formato: TorchScript .pt, scheda %1</translation>
    </message>
    <message>
        <source>Not usable: %1</source>
        <translation>Non utilizzabile: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descrizione: %1</translation>
    </message>
    <message>
        <source>Input: %1 × %2 px, %3</source>
        <translation>Ingresso: %1 × %2 px, %3</translation>
    </message>
    <message>
        <source>Normalisation: pixel × %1 − mean (%2, %3, %4), ÷ std (%5, %6, %7)</source>
        <translation>Normalizzazione: pixel × %1 − media (%2, %3, %4), ÷ deviazione standard (%5, %6, %7)</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Uscita: %1</translation>
    </message>
    <message>
        <source>Fake when P(fake) ≥ %1</source>
        <translation>Falso quando P(fake) ≥ %1</translation>
    </message>
    <message>
        <source>Face crop: MesoNet (centred on the nose, upright)</source>
        <translation>Ritaglio del volto: MesoNet (centrato sul naso, diritto)</translation>
    </message>
    <message>
        <source>Face crop: detector box + %1 % on each side</source>
        <translation>Ritaglio del volto: riquadro del rilevatore + %1 % per lato</translation>
    </message>
</context>
<context>
    <name>ReportFlow</name>
    <message>
        <source>the evidence: file name, size, SHA-256 (checked again now), media properties</source>
        <translation>il reperto: nome del file, dimensione, SHA-256 (ricontrollato ora), proprietà multimediali</translation>
    </message>
    <message>
        <source>the model: name, file SHA-256, card, device</source>
        <translation>il modello: nome, SHA-256 del file, scheda, dispositivo</translation>
    </message>
    <message numerus="yes">
        <source>the %n face(s) of the shown frame with their box, crop, P(fake) and verdict</source>
        <translation>
            <numerusform>il %n volto del fotogramma mostrato con riquadro, ritaglio, P(fake) e verdetto</numerusform>
            <numerusform>i %n volti del fotogramma mostrato con riquadro, ritaglio, P(fake) e verdetto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n face(s) of the image with their box, crop, P(fake) and verdict</source>
        <translation>
            <numerusform>il %n volto dell&apos;immagine con riquadro, ritaglio, P(fake) e verdetto</numerusform>
            <numerusform>i %n volti dell&apos;immagine con riquadro, ritaglio, P(fake) e verdetto</numerusform>
        </translation>
    </message>
    <message>
        <source>face #%1 (selected): no explanation yet — press Explain or Evaluate first to include heatmaps</source>
        <translation>volto #%1 (selezionato): ancora nessuna spiegazione — premi prima Spiega o Valuta per includere le mappe di calore</translation>
    </message>
    <message>
        <source>face #%1 (selected): the heatmaps of %2 and the adversarial sample</source>
        <translation>volto #%1 (selezionato): le mappe di calore di %2 e il campione avversario</translation>
    </message>
    <message>
        <source>the evaluation of face #%1 (table and chart, top-1 to top-%2)</source>
        <translation>la valutazione del volto #%1 (tabella e grafico, dai primi 1 ai primi %2)</translation>
    </message>
    <message>
        <source>no evaluation (run it in the Evaluation tab to include it)</source>
        <translation>nessuna valutazione (eseguila nella scheda Valutazione per includerla)</translation>
    </message>
    <message numerus="yes">
        <source>the score timeline (%n frame(s) scored so far)</source>
        <translation>
            <numerusform>la linea temporale (%n fotogramma valutato finora)</numerusform>
            <numerusform>la linea temporale (%n fotogrammi valutati finora)</numerusform>
        </translation>
    </message>
    <message>
        <source>every parameter and seed, and what heatmaps can and cannot show</source>
        <translation>ogni parametro e seme, e cosa le mappe di calore possono e non possono mostrare</translation>
    </message>
    <message>
        <source>The report will contain:</source>
        <translation>Il rapporto conterrà:</translation>
    </message>
    <message>
        <source>Open an image or a video first: the report describes the evidence.</source>
        <translation>Apri prima un&apos;immagine o un video: il rapporto descrive il reperto.</translation>
    </message>
    <message>
        <source>A report is being written already (Esc cancels it).</source>
        <translation>È già in scrittura un rapporto (Esc lo annulla).</translation>
    </message>
</context>
<context>
    <name>ReportNotes</name>
    <message>
        <source>The workbench also showed %1 computed with other settings than the evaluation (e.g. other sample counts); this report shows the explanations that were evaluated, so that the heatmaps and the evaluation refer to the same rankings.</source>
        <translation>Il banco di lavoro mostrava anche %1 calcolati con impostazioni diverse da quelle della valutazione (ad es. altri numeri di campioni); questo rapporto mostra le spiegazioni valutate, così che mappe di calore e valutazione si riferiscano alle stesse classifiche.</translation>
    </message>
    <message>
        <source>The evaluation was asked for face %1, but the detector calls it real, so it was not attacked.</source>
        <translation>La valutazione è stata chiesta per il volto %1, ma il rilevatore lo considera reale, quindi non è stato attaccato.</translation>
    </message>
    <message>
        <source>Not explained: the detector calls this face real.</source>
        <translation>Non spiegato: il rilevatore considera reale questo volto.</translation>
    </message>
    <message>
        <source>Not explained: no explanation of this face was computed in the workbench before the report was written.</source>
        <translation>Non spiegato: nessuna spiegazione di questo volto è stata calcolata nel banco di lavoro prima della scrittura del rapporto.</translation>
    </message>
    <message>
        <source>Not explained: only the face selected in the workbench (face %1) carries its explanations.</source>
        <translation>Non spiegato: solo il volto selezionato nel banco di lavoro (volto %1) riporta le sue spiegazioni.</translation>
    </message>
    <message>
        <source>Not explained: this is the most suspicious face of the score timeline; show it in the workbench (at %1 s) and explain it to include its heatmaps.</source>
        <translation>Non spiegato: è il volto più sospetto della linea temporale; mostralo nel banco di lavoro (a %1 s) e spiegalo per includerne le mappe di calore.</translation>
    </message>
    <message>
        <source>only frame %1, the frame shown in the workbench</source>
        <translation>solo il fotogramma %1, quello mostrato nel banco di lavoro</translation>
    </message>
    <message>
        <source>, and frame %1, the frame shown in the workbench</source>
        <translation>, e il fotogramma %1, quello mostrato nel banco di lavoro</translation>
    </message>
    <message numerus="yes">
        <source>The score timeline was still being computed when this report was written; it covers the %n frame(s) scored by then.</source>
        <translation>
            <numerusform>La linea temporale era ancora in calcolo quando è stato scritto questo rapporto; copre il %n fotogramma valutato fino ad allora.</numerusform>
            <numerusform>La linea temporale era ancora in calcolo quando è stato scritto questo rapporto; copre i %n fotogrammi valutati fino ad allora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The faces of frame %1 (the frame shown in the workbench) have their own sections; the selected face carries the explanations and the evaluation computed for it.</source>
        <translation>I volti del fotogramma %1 (quello mostrato nel banco di lavoro) hanno sezioni proprie; il volto selezionato riporta le spiegazioni e la valutazione calcolate per esso.</translation>
    </message>
    <message>
        <source>The most suspicious face of the score timeline has a section too.</source>
        <translation>Anche il volto più sospetto della linea temporale ha una sezione.</translation>
    </message>
    <message>
        <source>Every face found has its own section; the face selected in the workbench carries the explanations and the evaluation computed for it.</source>
        <translation>Ogni volto trovato ha una propria sezione; il volto selezionato nel banco di lavoro riporta le spiegazioni e la valutazione calcolate per esso.</translation>
    </message>
    <message>
        <source>No face was found in the analysed %1, so nothing was explained.</source>
        <translation>Nessun volto trovato in %1 analizzato, quindi non è stato spiegato nulla.</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>fotogrammi</translation>
    </message>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>fake</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>inconclusive</source>
        <translation>non conclusivo</translation>
    </message>
    <message>
        <source>real</source>
        <translation>reale</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>FALSO</translation>
    </message>
    <message>
        <source>%1 when P(fake) is %2 to %3</source>
        <translation>%1 quando P(fake) è tra %2 e %3</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Measure the detector&apos;s best forward throughput, then each explanation method&apos;s time against the bound that throughput sets.</source>
        <translation>Misura il miglior throughput in avanti del rilevatore, poi il tempo di ogni metodo di spiegazione rispetto al limite fissato da quel throughput.</translation>
    </message>
    <message>
        <source>Face crop to explain (default: the installed df00204.jpg).</source>
        <translation>Ritaglio del volto da spiegare (predefinito: il df00204.jpg installato).</translation>
    </message>
    <message>
        <source>Instead of the explanations: frames per second of the video path on FILE (decode, detect/track, crop, score).</source>
        <translation>Al posto delle spiegazioni: fotogrammi al secondo dell&apos;elaborazione video su FILE (decodifica, rilevamento/tracciamento, ritaglio, valutazione).</translation>
    </message>
    <message>
        <source>With --video: frames START:END:STEP (default all).</source>
        <translation>Con --video: fotogrammi START:END:STEP (predefinito: tutti).</translation>
    </message>
    <message>
        <source>With --video: face detection every Nth frame (default 10).</source>
        <translation>Con --video: rilevamento dei volti ogni N fotogrammi (predefinito 10).</translation>
    </message>
    <message>
        <source>With --video: face detector upsampling (default 1).</source>
        <translation>Con --video: sovracampionamento del rilevatore di volti (predefinito 1).</translation>
    </message>
    <message>
        <source>With --video: crops per detector call (default 32).</source>
        <translation>Con --video: ritagli per chiamata al rilevatore (predefinito 32).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Stampa un documento JSON su stdout.</translation>
    </message>
    <message>
        <source>bench: no --image given and no installed sample found (run packaging/setup.sh)</source>
        <translation>bench: nessun --image indicato e nessun campione installato trovato (esegui packaging/setup.sh)</translation>
    </message>
    <message>
        <source>Model card for a TorchScript model (default: &lt;model&gt;.json beside it).</source>
        <translation>Scheda del modello per un modello TorchScript (predefinito: &lt;model&gt;.json accanto).</translation>
    </message>
    <message>
        <source>Where inference runs: auto, cpu or cuda (default auto).</source>
        <translation>Dove gira l&apos;inferenza: auto, cpu o cuda (predefinito auto).</translation>
    </message>
    <message>
        <source>CPU threads for inference (default: all cores).</source>
        <translation>Thread CPU per l&apos;inferenza (predefinito: tutti i core).</translation>
    </message>
    <message>
        <source>Find the faces in images and videos and score each with the detector.</source>
        <translation>Trova i volti in immagini e video e valuta ciascuno con il rilevatore.</translation>
    </message>
    <message>
        <source>Images or videos.</source>
        <translation>Immagini o video.</translation>
    </message>
    <message>
        <source>Take each image whole as one face (for face crops).</source>
        <translation>Prendi ogni immagine intera come un volto (per ritagli di volti).</translation>
    </message>
    <message>
        <source>Video frames START:END:STEP (END exclusive; default all).</source>
        <translation>Fotogrammi video START:END:STEP (END escluso; predefinito: tutti).</translation>
    </message>
    <message>
        <source>Face detector upsampling (default 1).</source>
        <translation>Sovracampionamento del rilevatore di volti (predefinito 1).</translation>
    </message>
    <message>
        <source>Videos: detection rounds a track may miss before it ends (default 0 with --detect-every 1, else 2).</source>
        <translation>Video: turni di rilevamento che una traccia può mancare prima di terminare (predefinito 0 con --detect-every 1, altrimenti 2).</translation>
    </message>
    <message>
        <source>Videos: window (frames of a track) of the smoothed score series (default 5).</source>
        <translation>Video: finestra (fotogrammi di una traccia) della serie di punteggi smussata (predefinito 5).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout (see README).</source>
        <translation>Stampa un documento JSON su stdout (vedi README).</translation>
    </message>
    <message>
        <source>detect: no input given (fakelens-cli detect PATH...)</source>
        <translation>detect: nessun input indicato (fakelens-cli detect PATH...)</translation>
    </message>
    <message>
        <source>Evaluate explanation methods as Tsigos et al. (2025): for each image the detector calls fake, rank the SLIC segments by each method&apos;s explanation and attack the top-k with NES; report accuracy, sufficiency, effort, minimal budget, cost, localisation, Pino et al.&apos;s intrinsic metrics and rank agreement. Labels come from fake/real folders, manipulation types from the folder above them. Each finished image is appended to the results file at once: a killed run resumes with --resume FILE.</source>
        <translation>Valuta i metodi di spiegazione come Tsigos et al. (2025): per ogni immagine che il rilevatore giudica falsa, ordina i segmenti SLIC secondo la spiegazione di ciascun metodo e attacca i primi k con NES; riporta accuratezza, sufficienza, sforzo, budget minimo, costo, localizzazione, le metriche intrinseche di Pino et al. e l&apos;accordo tra le classifiche. Le etichette vengono dalle cartelle fake/real, i tipi di manipolazione dalla cartella superiore. Ogni immagine completata viene aggiunta subito al file dei risultati: un&apos;esecuzione interrotta riprende con --resume FILE.</translation>
    </message>
    <message>
        <source>An image, or a folder tree of face crops or frames.</source>
        <translation>Un&apos;immagine o un albero di cartelle con ritagli di volti o fotogrammi.</translation>
    </message>
    <message>
        <source>Attack the top-1 .. top-K segments (default 3).</source>
        <translation>Attacca i primi 1 .. K segmenti (predefinito 3).</translation>
    </message>
    <message>
        <source>Run seed (default 0); each image&apos;s seed derives from it and its relative path.</source>
        <translation>Seme dell&apos;esecuzione (predefinito 0); il seme di ogni immagine deriva da esso e dal suo percorso relativo.</translation>
    </message>
    <message>
        <source>Results file (JSON Lines) to create (default: fakelens-evaluate-&lt;folder&gt;-&lt;time&gt;.jsonl in the current folder).</source>
        <translation>File dei risultati (JSON Lines) da creare (predefinito: fakelens-evaluate-&lt;folder&gt;-&lt;time&gt;.jsonl nella cartella corrente).</translation>
    </message>
    <message>
        <source>Continue the run recorded in FILE: finished images are skipped, new ones appended.</source>
        <translation>Continua l&apos;esecuzione registrata in FILE: le immagini completate vengono saltate, le nuove aggiunte.</translation>
    </message>
    <message>
        <source>Evaluate only shard I of N (0 &lt;= I &lt; N): the images at sorted positions I, I+N, ... With auto/N the index I comes from SLURM_ARRAY_TASK_ID (Slurm job array --array=0-&lt;N-1&gt;) or JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N).</source>
        <translation>Valuta solo la porzione I di N (0 &lt;= I &lt; N): le immagini alle posizioni ordinate I, I+N, ... Con auto/N l&apos;indice I viene da SLURM_ARRAY_TASK_ID (array di job Slurm --array=0-&lt;N-1&gt;) o da JOB_COMPLETION_INDEX (Kubernetes Indexed Job, completions N).</translation>
    </message>
    <message>
        <source>SLIC superpixels (default 50).</source>
        <translation>Superpixel SLIC (predefinito 50).</translation>
    </message>
    <message>
        <source>M of the top-k NES attack (default 50).</source>
        <translation>M dell&apos;attacco NES sui primi k (predefinito 50).</translation>
    </message>
    <message>
        <source>n of the top-k NES attack (default 40).</source>
        <translation>n dell&apos;attacco NES sui primi k (predefinito 40).</translation>
    </message>
    <message>
        <source>M of the _adv methods&apos; NES sample (default 80).</source>
        <translation>M del campione NES dei metodi _adv (predefinito 80).</translation>
    </message>
    <message>
        <source>Use the paper&apos;s code&apos;s NES step rule (no minimal budget then).</source>
        <translation>Usa la regola di passo NES del codice dell&apos;articolo (senza budget minimo).</translation>
    </message>
    <message>
        <source>Skip the minimal-budget search (saves a few attacks per method and k).</source>
        <translation>Salta la ricerca del budget minimo (risparmia alcuni attacchi per metodo e k).</translation>
    </message>
    <message>
        <source>Leave out the RANDOM baseline ranking.</source>
        <translation>Ometti la classifica di riferimento RANDOM.</translation>
    </message>
    <message>
        <source>How faces are taken: auto (whole image up to 512 px, else the largest detected face), whole, or detect (default auto).</source>
        <translation>Come vengono presi i volti: auto (immagine intera fino a 512 px, altrimenti il volto rilevato più grande), whole o detect (predefinito auto).</translation>
    </message>
    <message>
        <source>Take every image whole as one face crop (= --faces whole).</source>
        <translation>Prendi ogni immagine intera come un ritaglio di volto (= --faces whole).</translation>
    </message>
    <message>
        <source>Write every attacked image as 8-bit PNG under DIR (rounded: may not flip when re-scored).</source>
        <translation>Scrivi ogni immagine attaccata come PNG a 8 bit in DIR (arrotondata: potrebbe non ribaltarsi se rivalutata).</translation>
    </message>
    <message>
        <source>No per-image progress on stderr.</source>
        <translation>Nessun avanzamento per immagine su stderr.</translation>
    </message>
    <message>
        <source>evaluate: give exactly one PATH</source>
        <translation>evaluate: indica esattamente un PATH</translation>
    </message>
    <message>
        <source>evaluate: --resume FILE continues FILE; do not give another --results</source>
        <translation>evaluate: --resume FILE continua FILE; non indicare un altro --results</translation>
    </message>
    <message>
        <source>evaluate: no images under %1</source>
        <translation>evaluate: nessuna immagine in %1</translation>
    </message>
    <message>
        <source>cancelled; the finished images are in %1 (continue with --resume %1)</source>
        <translation>annullato; le immagini completate sono in %1 (continua con --resume %1)</translation>
    </message>
    <message>
        <source>Also write the tables as CSV (one value per line) to FILE.</source>
        <translation>Scrivi anche le tabelle come CSV (un valore per riga) in FILE.</translation>
    </message>
    <message>
        <source>Print the tables as one JSON document instead of Markdown.</source>
        <translation>Stampa le tabelle come un documento JSON invece che in Markdown.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>An image with faces, or a face crop with --no-detect.</source>
        <translation>Un&apos;immagine con volti o un ritaglio di volto con --no-detect.</translation>
    </message>
    <message>
        <source>Take the image whole as one face (for face crops).</source>
        <translation>Prendi l&apos;immagine intera come un volto (per ritagli di volti).</translation>
    </message>
    <message>
        <source>explain: give exactly one IMAGE</source>
        <translation>explain: indica esattamente un IMAGE</translation>
    </message>
    <message>
        <source>%1: cannot create the output folder</source>
        <translation>%1: impossibile creare la cartella di output</translation>
    </message>
    <message>
        <source>explain: cancelled</source>
        <translation>explain: annullato</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try fakelens-cli --help)</source>
        <translation>comando sconosciuto &apos;%1&apos; (prova fakelens-cli --help)</translation>
    </message>
    <message>
        <source>internal error: %1</source>
        <translation>errore interno: %1</translation>
    </message>
    <message>
        <source>Results files (JSON Lines) of one run&apos;s shards.</source>
        <translation>File dei risultati (JSON Lines) delle porzioni di un&apos;esecuzione.</translation>
    </message>
    <message>
        <source>merge: give at least one results FILE</source>
        <translation>merge: indica almeno un file dei risultati FILE</translation>
    </message>
    <message>
        <source>The PDF to write (required). Written atomically: a failed export leaves no file.</source>
        <translation>Il PDF da scrivere (obbligatorio). Scritto in modo atomico: un&apos;esportazione non riuscita non lascia alcun file.</translation>
    </message>
    <message>
        <source>Case ID printed in the header and on every page.</source>
        <translation>Numero del caso, stampato nell&apos;intestazione e su ogni pagina.</translation>
    </message>
    <message>
        <source>Examiner&apos;s name printed in the header.</source>
        <translation>Nome dell&apos;esaminatore, stampato nell&apos;intestazione.</translation>
    </message>
    <message>
        <source>Random seed (default 0).</source>
        <translation>Seme casuale (predefinito 0).</translation>
    </message>
    <message>
        <source>NES iterations for the adversarial sample (default 80).</source>
        <translation>Iterazioni NES per il campione avversario (predefinito 80).</translation>
    </message>
    <message>
        <source>Use the paper&apos;s code&apos;s NES step rule (clip each step, no projection).</source>
        <translation>Usa la regola di passo NES del codice dell&apos;articolo (limita ogni passo, nessuna proiezione).</translation>
    </message>
    <message>
        <source>Explain at most N faces called fake, highest P(fake) first (default 4 for an image, 1 for a video).</source>
        <translation>Spiega al massimo N volti giudicati falsi, prima quelli con P(fake) più alto (predefinito 4 per un&apos;immagine, 1 per un video).</translation>
    </message>
    <message>
        <source>Also evaluate the explanations of each explained face (top-k NES attack; can take many minutes per face on a CPU).</source>
        <translation>Valuta anche le spiegazioni di ogni volto spiegato (attacco NES sui primi k; può richiedere molti minuti per volto su una CPU).</translation>
    </message>
    <message>
        <source>With --evaluate: attack the top-1 .. top-K segments (default 3).</source>
        <translation>Con --evaluate: attacca i primi 1 .. K segmenti (predefinito 3).</translation>
    </message>
    <message>
        <source>With --evaluate: skip the minimal-budget search.</source>
        <translation>Con --evaluate: salta la ricerca del budget minimo.</translation>
    </message>
    <message>
        <source>Take the image (or each frame) whole as one face (for face crops).</source>
        <translation>Prendi l&apos;immagine (o ogni fotogramma) intera come un volto (per ritagli di volti).</translation>
    </message>
    <message>
        <source>No progress on stderr.</source>
        <translation>Nessun avanzamento su stderr.</translation>
    </message>
    <message>
        <source>report: give the PDF to write with --out FILE.pdf</source>
        <translation>report: indica il PDF da scrivere con --out FILE.pdf</translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation>%1: file non trovato</translation>
    </message>
    <message>
        <source>report: cancelled; no report was written</source>
        <translation>report: annullato; nessun rapporto è stato scritto</translation>
    </message>
    <message>
        <source>Explain one face track of a video over a window of frames and report each method&apos;s inter-frame consistency: the mean Pearson correlation of the saliency maps of consecutive explained frames (Pino et al. 2021), 1 = steady.</source>
        <translation>Spiega una traccia di volto di un video su una finestra di fotogrammi e riporta la coerenza tra fotogrammi di ogni metodo: la correlazione di Pearson media delle mappe di salienza di fotogrammi consecutivi spiegati (Pino et al. 2021), 1 = stabile.</translation>
    </message>
    <message>
        <source>The video.</source>
        <translation>Il video.</translation>
    </message>
    <message>
        <source>Track ID, as `detect` prints it with the same --frames and --detect-every.</source>
        <translation>ID della traccia, come lo stampa `detect` con gli stessi --frames e --detect-every.</translation>
    </message>
    <message>
        <source>Frames to explain, START:END:STEP (END exclusive; required).</source>
        <translation>Fotogrammi da spiegare, START:END:STEP (END escluso; obbligatorio).</translation>
    </message>
    <message>
        <source>The scan that numbered the tracks: START:END:STEP (default all).</source>
        <translation>La scansione che ha numerato le tracce: START:END:STEP (predefinito: tutti).</translation>
    </message>
    <message>
        <source>Use --seed on every frame (default: a seed per frame derived from it, so a method&apos;s sampling noise counts as instability).</source>
        <translation>Usa --seed su ogni fotogramma (predefinito: un seme per fotogramma derivato da esso, così il rumore di campionamento di un metodo conta come instabilità).</translation>
    </message>
    <message>
        <source>temporal: give exactly one VIDEO</source>
        <translation>temporal: indica esattamente un VIDEO</translation>
    </message>
    <message>
        <source>Instead of the explanations: how long each long job (video scan, each method, evaluate, report) takes to stop after a cancel.</source>
        <translation>Al posto delle spiegazioni: quanto impiega ogni lavoro lungo (scansione video, ogni metodo, valutazione, rapporto) a fermarsi dopo un annullamento.</translation>
    </message>
    <message>
        <source>Instead of the explanations: N consecutive small explanations in one process, with the resident memory growth after warm-up.</source>
        <translation>Al posto delle spiegazioni: N piccole spiegazioni consecutive in un solo processo, con la crescita della memoria residente dopo il riscaldamento.</translation>
    </message>
    <message>
        <source>bench: no --video given and no installed sample video found (run packaging/setup.sh)</source>
        <translation>bench: nessun --video indicato e nessun video di esempio installato trovato (eseguire packaging/setup.sh)</translation>
    </message>
    <message>
        <source>Runs of each method; the fastest counts (default 2).</source>
        <translation>Esecuzioni di ogni metodo; conta la più veloce (predefinito 2).</translation>
    </message>
    <message>
        <source>NES noise: per-pixel (Algorithm 1: one value per pixel, shared by R, G and B; default) or per-channel.</source>
        <translation>Rumore NES: per-pixel (Algoritmo 1: un valore per pixel, comune a R, G e B; predefinito) oppure per-channel.</translation>
    </message>
    <message>
        <source>Analyse an image or a video into a case file: the evidence&apos;s hash and properties, the model, every analysed frame with its faces, tracks and P(fake), the one verdict, and for the chosen faces the explanations (and with --evaluate the evaluation) with every parameter and seed. The evidence is only read. A new FILE is created; an existing case of the same evidence gets the new analysis (its notes and audit trail are kept); a case of other evidence is refused.</source>
        <translation>Analizza un&apos;immagine o un video in un fascicolo del caso: hash e proprietà del reperto, il modello, ogni fotogramma analizzato con i suoi volti, tracce e P(fake), l&apos;unico verdetto e, per i volti scelti, le spiegazioni (e con --evaluate la valutazione) con ogni parametro e seme. Il reperto viene solo letto. Viene creato un nuovo FILE; un caso esistente dello stesso reperto riceve la nuova analisi (le sue note e il registro di audit vengono conservati); un caso di un altro reperto viene rifiutato.</translation>
    </message>
    <message>
        <source>The image or video to analyse (opened read-only).</source>
        <translation>L&apos;immagine o il video da analizzare (aperto in sola lettura).</translation>
    </message>
    <message>
        <source>The case file to write (required), e.g. CASE.fakelens.</source>
        <translation>Il fascicolo del caso da scrivere (obbligatorio), ad es. CASE.fakelens.</translation>
    </message>
    <message>
        <source>analyse: give exactly one EVIDENCE file</source>
        <translation>analyse: indica esattamente un file di reperto EVIDENCE</translation>
    </message>
    <message>
        <source>analyse: give the case file to write with --case FILE</source>
        <translation>analyse: indica il fascicolo del caso da scrivere con --case FILE</translation>
    </message>
    <message>
        <source>%1: the case holds an analysis of other evidence (%2, SHA-256 %3); this file&apos;s SHA-256 is %4. Nothing was written: use a new case file.</source>
        <translation>%1: il caso contiene l&apos;analisi di un altro reperto (%2, SHA-256 %3); lo SHA-256 di questo file è %4. Non è stato scritto nulla: usa un nuovo fascicolo del caso.</translation>
    </message>
    <message>
        <source>analyse: cancelled; the case was not changed</source>
        <translation>analyse: annullato; il caso non è stato modificato</translation>
    </message>
    <message>
        <source>Video frames START:END:STEP (END exclusive). Default: every frame, as detect and the workbench scan.</source>
        <translation>Fotogrammi video START:END:STEP (END escluso). Predefinito: ogni fotogramma, come nella scansione di detect e del banco di lavoro.</translation>
    </message>
    <message>
        <source>Print a case: evidence and its check against the stored hash, model, verdict, faces, methods, notes and the audit trail.</source>
        <translation>Stampa un caso: il reperto e la sua verifica rispetto all&apos;hash memorizzato, modello, verdetto, volti, metodi, note e registro di audit.</translation>
    </message>
    <message>
        <source>The case file (opened read-only).</source>
        <translation>Il fascicolo del caso (aperto in sola lettura).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout, with every per-frame score.</source>
        <translation>Stampa un documento JSON su stdout, con ogni punteggio per fotogramma.</translation>
    </message>
    <message>
        <source>case show: give exactly one case FILE</source>
        <translation>case show: indica esattamente un fascicolo del caso FILE</translation>
    </message>
    <message>
        <source>%1: the case holds no analysis yet</source>
        <translation>%1: il caso non contiene ancora alcuna analisi</translation>
    </message>
    <message>
        <source>Add a note or bookmark to a case (kept in its audit trail), or set the examiner&apos;s conclusion with --conclusion.</source>
        <translation>Aggiunge una nota o un segnalibro a un caso (conservati nel suo registro di audit), oppure imposta la conclusione dell&apos;esaminatore con --conclusion.</translation>
    </message>
    <message>
        <source>The case file.</source>
        <translation>Il fascicolo del caso.</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>La nota.</translation>
    </message>
    <message>
        <source>ok, &quot;to check&quot; or warning (default &quot;to check&quot;).</source>
        <translation>ok, &quot;to check&quot; o warning (predefinito: &quot;to check&quot;).</translation>
    </message>
    <message>
        <source>The face section the note is about (1, 2, ...).</source>
        <translation>La sezione del volto a cui si riferisce la nota (1, 2, ...).</translation>
    </message>
    <message>
        <source>Who writes (default: the login name).</source>
        <translation>Chi scrive (predefinito: il nome di accesso).</translation>
    </message>
    <message>
        <source>case note: give one case FILE and either --text or --conclusion</source>
        <translation>case note: indica un fascicolo del caso FILE e --text oppure --conclusion</translation>
    </message>
    <message>
        <source>conclusion saved</source>
        <translation>conclusione salvata</translation>
    </message>
    <message>
        <source>note %1 added</source>
        <translation>nota %1 aggiunta</translation>
    </message>
    <message>
        <source>Videos: run the face detector on every Nth analysed frame and track the faces in between (default: about every 10th video frame, as the workbench and the report scan; 1: detect on every frame).</source>
        <translation>Video: esecuzione del rilevatore di volti ogni N fotogrammi analizzati e tracciamento dei volti nei fotogrammi intermedi (predefinito: circa un fotogramma video ogni 10, come nella scansione del banco di lavoro e del rapporto; 1: rilevamento su ogni fotogramma).</translation>
    </message>
    <message>
        <source>%1: the case holds no analysis yet (run fakelens-cli analyse EVIDENCE --case %1)</source>
        <translation>%1: il caso non contiene ancora alcuna analisi (esegui fakelens-cli analyse EVIDENCE --case %1)</translation>
    </message>
    <message>
        <source>WARNING: the evidence file is not the one analysed: %1. The findings below describe the file with the SHA-256 stated under Evidence.</source>
        <translation>ATTENZIONE: il file del reperto non è quello analizzato: %1. I risultati seguenti descrivono il file con lo SHA-256 indicato in Reperto.</translation>
    </message>
    <message>
        <source>Write a PDF report for a case file: case and examiner, the one verdict and its rule, the examiner&apos;s conclusion and notes, the evidence&apos;s SHA-256 and media properties, the model, every face with a section (frame, timecode, track, P(fake)), the classic and adversarial heatmaps of each method side by side, the adversarial sample, optionally the evaluation, the score timeline of a video, and every parameter and seed needed to reproduce the figures. With --case the report is rendered from a saved case without running the detector; with PATH the evidence is analysed first, as `analyse` does.</source>
        <translation>Scrive un rapporto PDF per un fascicolo del caso: caso ed esaminatore, l&apos;unico verdetto e la sua regola, la conclusione e le note dell&apos;esaminatore, lo SHA-256 e le proprietà multimediali del reperto, il modello, ogni volto con una propria sezione (fotogramma, timecode, traccia, P(fake)), le mappe di calore classiche e avversarie di ogni metodo affiancate, il campione avversario, facoltativamente la valutazione, la linea temporale dei punteggi di un video, e ogni parametro e seme necessari a riprodurre le figure. Con --case il rapporto viene generato da un caso salvato senza eseguire il rilevatore; con PATH il reperto viene prima analizzato, come fa `analyse`.</translation>
    </message>
    <message>
        <source>The evidence: an image or a video (opened read-only). Not with --case.</source>
        <translation>Il reperto: un&apos;immagine o un video (aperto in sola lettura). Non con --case.</translation>
    </message>
    <message>
        <source>report: give either --case FILE or the evidence PATH, not both</source>
        <translation>report: indica --case FILE oppure il PATH del reperto, non entrambi</translation>
    </message>
    <message>
        <source>report: give exactly one PATH, or --case FILE</source>
        <translation>report: indica esattamente un PATH, oppure --case FILE</translation>
    </message>
    <message>
        <source>bench: the cold run of explain --method %1 failed: %2</source>
        <translation>bench: l&apos;esecuzione a freddo di explain --method %1 non è riuscita: %2</translation>
    </message>
    <message>
        <source>Skip the cold runs (each method as a fresh explain process).</source>
        <translation>Salta le esecuzioni a freddo (ogni metodo come nuovo processo explain).</translation>
    </message>
    <message>
        <source>Detector: a Keras MesoNet .h5 or a TorchScript .pt with its card (default: the installed Meso4_DF). Given twice or more, the models form an ensemble, as in the workbench: a face&apos;s P(fake) is the largest of theirs.</source>
        <translation>Rilevatore: un MesoNet Keras .h5 o un TorchScript .pt con la sua scheda (predefinito: il Meso4_DF installato). Indicato due o più volte, i modelli formano un ensemble, come nel banco di lavoro: il P(fake) di un volto è il più alto tra i loro.</translation>
    </message>
    <message>
        <source>Measure the model&apos;s error rates on a labelled dataset (images under fake/ and real/ folders, read as `evaluate` reads them): faces per class, ROC AUC, the share of fakes missed and of reals flagged at the card&apos;s threshold, a reliability table of 10 P(fake) bins and a proposed inconclusive band. The record is written beside the model file as &lt;model file&gt;.calibration.json (replacing an earlier one); reports and the Models dialog state it for the model.</source>
        <translation>Misura i tassi di errore del modello su un dataset etichettato (immagini nelle cartelle fake/ e real/, lette come le legge `evaluate`): volti per classe, ROC AUC, la quota di falsi mancati e di reali segnalati alla soglia della scheda, una tabella di affidabilità di 10 intervalli di P(fake) e una fascia inconcludente proposta. Il record viene scritto accanto al file del modello come &lt;model file&gt;.calibration.json (sostituendo quello precedente); i report e la finestra Modelli lo riportano per il modello.</translation>
    </message>
    <message>
        <source>A folder tree with fake/ and real/ folders of face crops or frames.</source>
        <translation>Un albero di cartelle con cartelle fake/ e real/ di ritagli di volti o fotogrammi.</translation>
    </message>
    <message>
        <source>calibrate: give exactly one DATASET folder</source>
        <translation>calibrate: indicare esattamente una cartella DATASET</translation>
    </message>
    <message>
        <source>calibrate: %1 is not a folder</source>
        <translation>calibrate: %1 non è una cartella</translation>
    </message>
    <message>
        <source>calibrate: %1 is inside the dataset %2; write the record elsewhere</source>
        <translation>calibrate: %1 si trova nel dataset %2; scrivere il record altrove</translation>
    </message>
    <message>
        <source>calibrate: give another place for the record with --output FILE</source>
        <translation>calibrate: indicare un altro percorso per il record con --output FILE</translation>
    </message>
    <message>
        <source>calibrate: cancelled; no record was written</source>
        <translation>calibrate: annullato; nessun record è stato scritto</translation>
    </message>
    <message>
        <source>Keep the faces too small to judge (box under the model card&apos;s min_face_fraction of its input, 64 px for MesoNet) in the verdict; by default they are listed but left out.</source>
        <translation>Mantieni nel verdetto i volti troppo piccoli per essere giudicati (riquadro sotto la min_face_fraction dell&apos;ingresso indicata nella scheda del modello, 64 px per MesoNet); per impostazione predefinita sono elencati ma esclusi.</translation>
    </message>
    <message>
        <source>Images: re-score each face after JPEG re-encoding (quality 90, 75, 50), downscaling (0.75, 0.5) and a one-pixel shift, and say whether its verdict holds (videos are scored without it).</source>
        <translation>Immagini: ricalcola il punteggio di ogni volto dopo la ricodifica JPEG (qualità 90, 75, 50), il ridimensionamento (0,75, 0,5) e uno spostamento di un pixel, e indica se il verdetto regge (i video sono valutati senza).</translation>
    </message>
    <message>
        <source>detect: --robustness applies to images only; %1 is scored without it</source>
        <translation>detect: --robustness vale solo per le immagini; %1 è valutato senza</translation>
    </message>
    <message>
        <source>Explain the detector&apos;s verdict on each face of an image with the explanation methods (%1), classic and adversarial (_adv).</source>
        <translation>Spiega il verdetto del rilevatore su ogni volto di un&apos;immagine con i metodi di spiegazione (%1), in forma classica e avversaria (_adv).</translation>
    </message>
    <message>
        <source>%1, or a comma-separated list (default all: every method, classic and adversarial).</source>
        <translation>%1, o un elenco separato da virgole (predefinito all: ogni metodo, classico e avversario).</translation>
    </message>
    <message>
        <source>Samples per method: %1. Default: the paper&apos;s settings.</source>
        <translation>Campioni per metodo: %1. Predefinito: le impostazioni dell&apos;articolo.</translation>
    </message>
    <message>
        <source>Set one method parameter, METHOD.KEY=VALUE (repeatable, applied after --samples). Parameters and defaults: %1.</source>
        <translation>Imposta un parametro di un metodo, METHOD.KEY=VALUE (ripetibile, applicato dopo --samples). Parametri e valori predefiniti: %1.</translation>
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
        <translation>Uso: fakelens-cli COMMAND [opzioni]

Comandi:
  detect PATH...     trova i volti e ne calcola il punteggio (immagini e video)
  explain IMAGE      spiega il verdetto con ogni metodo, classico e _adv
  temporal VIDEO     spiega una traccia di volto su più fotogrammi; coerenza tra fotogrammi
  evaluate PATH      valutazione delle spiegazioni con attacco ai primi k (tabelle del dataset)
  calibrate DATASET  misura i tassi di errore del modello su cartelle fake/ e real/
  merge FILE...      combina file di risultati della valutazione (porzioni) in tabelle
  bench              misura il throughput del rilevatore e la velocità delle spiegazioni
  analyse PATH       analizza un&apos;immagine o un video in un fascicolo del caso (--case FILE)
  case show FILE     stampa un caso (verdetto, volti, metodi, note, registro di audit)
  case note FILE     aggiunge a un caso una nota, un segnalibro o la conclusione
  report PATH        analizza un&apos;immagine o un video e scrive un rapporto PDF (--out FILE.pdf)
  report --case FILE scrive il rapporto PDF di un caso salvato, senza il rilevatore

fakelens-cli COMMAND --help mostra le opzioni di un comando.
fakelens-cli --version stampa la versione.</translation>
    </message>
    <message>
        <source>A face the detector missed, drawn by the examiner: X,Y,W,H in image pixels; on a video FRAME:X,Y,W,H, and the face is tracked from that frame (repeatable; scored, explained and reported as drawn by the examiner).</source>
        <translation>Un volto sfuggito al rilevatore, disegnato dall&apos;esaminatore: X,Y,W,H in pixel dell&apos;immagine; in un video FRAME:X,Y,W,H, e il volto viene seguito da quel fotogramma (ripetibile; valutato, spiegato e riportato come disegnato dall&apos;esaminatore).</translation>
    </message>
    <message>
        <source>Also time, as fresh processes, the evaluation of the face (with and without the minimal-budget search) and the main job (analyse, then report --case).</source>
        <translation>Cronometra anche, come processi nuovi, la valutazione del volto (con e senza la ricerca del budget minimo) e il lavoro principale (analyse, poi report --case).</translation>
    </message>
    <message>
        <source>With --jobs: the evaluation attacks the top-1 .. top-K segments (default 3).</source>
        <translation>Con --jobs: la valutazione attacca i segmenti top-1 .. top-K (predefinito 3).</translation>
    </message>
    <message>
        <source>With --jobs: leave out the evaluation with the budget search.</source>
        <translation>Con --jobs: omette la valutazione con la ricerca del budget.</translation>
    </message>
    <message>
        <source>bench: the job &apos;%1&apos; failed: %2</source>
        <translation>bench: il lavoro «%1» non è riuscito: %2</translation>
    </message>
    <message>
        <source>Folder for heatmap and overlay PNGs (created; never in the evidence&apos;s folder).</source>
        <translation>Cartella per i PNG delle mappe di calore e delle sovrapposizioni (creata; mai nella cartella del reperto).</translation>
    </message>
    <message>
        <source>Folder for each frame&apos;s heatmap and overlay PNGs (created; never in the evidence&apos;s folder).</source>
        <translation>Cartella per i PNG delle mappe di calore e delle sovrapposizioni di ogni fotogramma (creata; mai nella cartella del reperto).</translation>
    </message>
    <message>
        <source>temporal: %1 is not a video; explain an image with `fakelens-cli explain`</source>
        <translation>temporal: %1 non è un video; per spiegare un&apos;immagine usa `fakelens-cli explain`</translation>
    </message>
    <message numerus="yes">
        <source>%n window frame(s) where the track is called real: the _adv methods skip them (they explain only a face called fake) and pair no frames across them.</source>
        <translation>
            <numerusform>%n fotogramma della finestra in cui la traccia è giudicata reale: i metodi _adv lo saltano (spiegano solo un volto giudicato falso) e non formano coppie a cavallo di esso.</numerusform>
            <numerusform>%n fotogrammi della finestra in cui la traccia è giudicata reale: i metodi _adv li saltano (spiegano solo un volto giudicato falso) e non formano coppie a cavallo di essi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the record to FILE instead of beside the model file (e.g. when the model&apos;s folder is not writable). Reports and the Models dialog read it only beside the model, as &lt;model file&gt;.calibration.json: copy it there to have it quoted.</source>
        <translation>Scrive il record in FILE invece che accanto al file del modello (ad es. quando la cartella del modello non è scrivibile). I rapporti e la finestra Modelli lo leggono solo accanto al modello, come &lt;file del modello&gt;.calibration.json: copialo lì perché venga citato.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) and a conclusion</source>
        <translation>
            <numerusform>%n nota e una conclusione</numerusform>
            <numerusform>%n note e una conclusione</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n note</numerusform>
        </translation>
    </message>
    <message>
        <source>a conclusion</source>
        <translation>una conclusione</translation>
    </message>
    <message>
        <source>warning: the case %1 has %2 written about its earlier analysis, kept unchanged; check against the new analysis with fakelens-cli case show %1</source>
        <translation>avviso: il caso %1 contiene %2 scritte sulla sua analisi precedente, mantenute invariate; confrontarle con la nuova analisi con fakelens-cli case show %1</translation>
    </message>
    <message>
        <source>The video frame the note is about (0-based): one the analysis looked at; with --face, that face section&apos;s frame.</source>
        <translation>Il fotogramma del video a cui si riferisce la nota (da 0): uno esaminato dall&apos;analisi; con --face, il fotogramma di quella sezione del volto.</translation>
    </message>
    <message>
        <source>Set the examiner&apos;s conclusion printed on page 1 instead; an empty TEXT (&quot;&quot;) clears it.</source>
        <translation>Imposta invece la conclusione dell&apos;esaminatore stampata a pagina 1; un TEXT vuoto (&quot;&quot;) la cancella.</translation>
    </message>
    <message>
        <source>conclusion cleared</source>
        <translation>conclusione cancellata</translation>
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
        <translation>Uso: fakelens-cli case AZIONE FILE [opzioni]

Legge un file di caso o vi aggiunge le parole dell&apos;esaminatore. Azioni:
  show FILE [--json]   stampa il caso: prova e sua verifica, modello, verdetto, volti,
                       metodi, conclusione, note e registro di controllo
  note FILE --text TEXT [--status ok|&quot;to check&quot;|warning] [--face N] [--frame N]
                       aggiunge una nota o un segnalibro
  note FILE --conclusion TEXT
                       imposta la conclusione (un TEXT vuoto la cancella)

fakelens-cli case AZIONE --help mostra le opzioni di un&apos;azione.</translation>
    </message>
    <message>
        <source>case: give an action: show FILE [--json], or note FILE --text TEXT [--status S] [--face N] [--frame N], or note FILE --conclusion TEXT (fakelens-cli case --help)</source>
        <translation>case: indicare un&apos;azione: show FILE [--json], oppure note FILE --text TEXT [--status S] [--face N] [--frame N], oppure note FILE --conclusion TEXT (fakelens-cli case --help)</translation>
    </message>
    <message>
        <source>N/64 rounded down to a power of two, at least 2 (2 for any N under 256)</source>
        <translation>N/64 arrotondato per difetto a una potenza di due, almeno 2 (2 per ogni N sotto 256)</translation>
    </message>
    <message>
        <source>Render the report of this saved case (see `analyse`). The case keeps its own analysis, case ID and examiner: the analysis and model options below apply only when report analyses evidence (PATH) and are refused with --case.</source>
        <translation>Genera il rapporto di questo caso salvato (vedi `analyse`). Il caso mantiene la propria analisi, numero di caso ed esaminatore: le opzioni di analisi e di modello qui sotto valgono solo quando report analizza una prova (PATH) e sono rifiutate con --case.</translation>
    </message>
    <message>
        <source>report: %1 apply only when report analyses evidence (PATH); a case keeps its own analysis, case ID and examiner (analyse the evidence again with fakelens-cli analyse EVIDENCE --case FILE, or set the conclusion with fakelens-cli case note FILE --conclusion TEXT)</source>
        <translation>report: %1 valgono solo quando report analizza una prova (PATH); un caso mantiene la propria analisi, numero di caso ed esaminatore (analizzare di nuovo la prova con fakelens-cli analyse EVIDENCE --case FILE, o impostare la conclusione con fakelens-cli case note FILE --conclusion TEXT)</translation>
    </message>
    <message>
        <source>Combine the results files of `fakelens-cli evaluate --shard I/N` runs into the tables a single run would print (same order, same rounding). The files must share every parameter (model hash, seed, settings) and the FakeLens version: a file that differs is refused, naming it and the field. An image in several files is counted once (matched by its path below the dataset folder, so a file from a run of another folder is warned about: its images would count twice); a record cut by a killed run is ignored.</source>
        <translation>Combina i file dei risultati delle esecuzioni `fakelens-cli evaluate --shard I/N` nelle tabelle che stamperebbe un&apos;unica esecuzione (stesso ordine, stesso arrotondamento). I file devono condividere ogni parametro (hash del modello, seed, impostazioni) e la versione di FakeLens: un file che differisce viene rifiutato, indicandone il nome e il campo. Un&apos;immagine presente in più file conta una volta (riconosciuta dal suo percorso sotto la cartella del dataset; per un file di un&apos;esecuzione su un&apos;altra cartella viene dato un avviso, perché le sue immagini conterebbero due volte); un record troncato da un&apos;esecuzione interrotta viene ignorato.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::AdversarialPanel</name>
    <message>
        <source>NES iteration</source>
        <translation>Iterazione NES</translation>
    </message>
    <message>
        <source>P(real)</source>
        <translation>P(reale)</translation>
    </message>
    <message>
        <source>face</source>
        <translation>volto</translation>
    </message>
    <message>
        <source>adversarial sample</source>
        <translation>campione avversario</translation>
    </message>
    <message>
        <source>difference (amplified)</source>
        <translation>differenza (amplificata)</translation>
    </message>
    <message>
        <source>No adversarial sample yet.</source>
        <translation>Nessun campione avversario per ora.</translation>
    </message>
    <message>
        <source>This explanation has no adversarial form.</source>
        <translation>Questa spiegazione non ha una forma avversaria.</translation>
    </message>
    <message>
        <source>NES: %1 iterations, %2 model inferences, %3 s. P(real) of the sample %4: the detector %5.</source>
        <translation>NES: %1 iterazioni, %2 inferenze del modello, %3 s. P(reale) del campione %4: il rilevatore %5.</translation>
    </message>
    <message>
        <source>calls it real (the attack flipped the verdict)</source>
        <translation>lo considera reale (l&apos;attacco ha ribaltato il verdetto)</translation>
    </message>
    <message>
        <source>still calls it fake (not flipped within the iteration limit)</source>
        <translation>lo considera ancora falso (non ribaltato entro il limite di iterazioni)</translation>
    </message>
    <message>
        <source>amplified ×%1, mid grey = unchanged
L∞ = %2 / 255</source>
        <translation>amplificata ×%1, grigio medio = invariato
L∞ = %2 / 255</translation>
    </message>
    <message>
        <source>calls it %1 (its P(fake) is inside the model card&apos;s band %2–%3)</source>
        <translation>lo giudica %1 (la sua P(fake) è nella banda %2–%3 della scheda del modello)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::AttackedFacesView</name>
    <message>
        <source>Whose top-k segments were attacked (selecting a row of the table picks it too)</source>
        <translation>Di chi sono stati attaccati i primi k segmenti (anche selezionare una riga della tabella lo sceglie)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attacked faces&lt;/b&gt; of</source>
        <translation>&lt;b&gt;Volti attaccati&lt;/b&gt; di</translation>
    </message>
    <message>
        <source>The faces after each top-k attack appear here once the evaluation has run.</source>
        <translation>I volti dopo ogni attacco sui primi k compaiono qui quando la valutazione è stata eseguita.</translation>
    </message>
    <message>
        <source>Outlined: the k segments the attack was allowed to change (at most %1/255 per pixel, invisible by eye). Underneath: what the detector says about the attacked face.</source>
        <translation>Contornati: i k segmenti che l&apos;attacco poteva modificare (al massimo %1/255 per pixel, invisibile a occhio nudo). Sotto: cosa dice il rilevatore del volto attaccato.</translation>
    </message>
    <message>
        <source>The attacked images were not kept for this evaluation.</source>
        <translation>Le immagini attaccate non sono state conservate per questa valutazione.</translation>
    </message>
    <message>
        <source>%1, top-%2 segments attacked: P(fake) %3 -&gt; %4 (%5), %6 NES steps, L∞ %7/255</source>
        <translation>%1, primi %2 segmenti attaccati: P(fake) %3 -&gt; %4 (%5), %6 passi NES, L∞ %7/255</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>ancora %1</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>ora %1</translation>
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
        <translation>Apri prima un&apos;immagine o un video: un caso contiene l&apos;analisi di un reperto.</translation>
    </message>
    <message>
        <source>Save case</source>
        <translation>Salva caso</translation>
    </message>
    <message>
        <source>FakeLens cases (*.fakelens);;All files (*)</source>
        <translation>Casi FakeLens (*.fakelens);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Apri caso</translation>
    </message>
    <message>
        <source>The faces of the shown frame are still being detected; save the case when they are in.</source>
        <translation>I volti del fotogramma mostrato sono ancora in fase di rilevamento; salva il caso quando sono pronti.</translation>
    </message>
    <message>
        <source>The case is being saved or opened; wait until it is done.</source>
        <translation>Il caso è in fase di salvataggio o apertura; attendi che sia terminato.</translation>
    </message>
    <message>
        <source>Choose where to save the case.</source>
        <translation>Scegli dove salvare il caso.</translation>
    </message>
    <message>
        <source>Saving the case %1…</source>
        <translation>Salvataggio del caso %1…</translation>
    </message>
    <message>
        <source>The case %1 holds the analysis of other evidence (%2, SHA-256 %3); this evidence&apos;s SHA-256 is %4. Nothing was saved: save to a new case file.</source>
        <translation>Il caso %1 contiene l&apos;analisi di un altro reperto (%2, SHA-256 %3); lo SHA-256 di questo reperto è %4. Non è stato salvato nulla: salva in un nuovo file del caso.</translation>
    </message>
    <message>
        <source>Saving the case was cancelled.</source>
        <translation>Il salvataggio del caso è stato annullato.</translation>
    </message>
    <message>
        <source>The case was not saved. %1</source>
        <translation>Il caso non è stato salvato. %1</translation>
    </message>
    <message>
        <source>Case saved: %1.</source>
        <translation>Caso salvato: %1.</translation>
    </message>
    <message>
        <source>Opening the case %1 and checking its evidence…</source>
        <translation>Apertura del caso %1 e verifica del suo reperto…</translation>
    </message>
    <message>
        <source>the case holds no analysis yet</source>
        <translation>il caso non contiene ancora un&apos;analisi</translation>
    </message>
    <message>
        <source>The case %1 could not be opened; nothing was changed. %2</source>
        <translation>Impossibile aprire il caso %1; non è stato modificato nulla. %2</translation>
    </message>
    <message>
        <source>The evidence of the case %1 is missing: %2 is not there. The case&apos;s analysis cannot be shown on its faces; the case file was not changed.</source>
        <translation>Il reperto del caso %1 manca: %2 non esiste. L&apos;analisi del caso non può essere mostrata sui suoi volti; il file del caso non è stato modificato.</translation>
    </message>
    <message>
        <source>The evidence %1 is NOT the file the case %2 analysed: %3. The workbench shows the file as it is now; the case&apos;s results are not put on its faces.</source>
        <translation>Il reperto %1 NON è il file analizzato dal caso %2: %3. Il banco di lavoro mostra il file com&apos;è ora; i risultati del caso non vengono applicati ai suoi volti.</translation>
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
        <translation>FakeLens — %1 — caso %2</translation>
    </message>
    <message>
        <source>FakeLens — case %1</source>
        <translation>FakeLens — caso %1</translation>
    </message>
    <message>
        <source>The case was analysed with the model %1 (%2); the workbench has %3 loaded. The case&apos;s results are shown as saved; new explanations and evaluations would come from %3. Tools › Models… loads the case&apos;s model.</source>
        <translation>Il caso è stato analizzato con il modello %1 (%2); nel banco di lavoro è caricato %3. I risultati del caso sono mostrati come salvati; nuove spiegazioni e valutazioni verrebbero da %3. Strumenti › Modelli… carica il modello del caso.</translation>
    </message>
    <message>
        <source>%1 exists already; a new case is written to a new file. Nothing was saved.</source>
        <translation>%1 esiste già; un nuovo caso viene scritto in un nuovo file. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The case&apos;s model was not loaded: %1.</source>
        <translation>Il modello del caso non è stato caricato: %1.</translation>
    </message>
    <message>
        <source>Open an image or a video first: a new case holds the analysis of the open evidence.</source>
        <translation>Apri prima un&apos;immagine o un video: un nuovo caso contiene l&apos;analisi della prova aperta.</translation>
    </message>
    <message>
        <source>Start a new case for the open evidence: case ID, examiner and case file (Ctrl+Shift+N)</source>
        <translation>Avvia un nuovo caso per la prova aperta: ID del caso, esaminatore e file del caso (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>A new case needs a case ID; no case was written.</source>
        <translation>Un nuovo caso richiede un ID del caso; nessun caso è stato scritto.</translation>
    </message>
    <message>
        <source>%1 is in the evidence&apos;s folder, which FakeLens never writes to; save the case in another folder. Nothing was saved.</source>
        <translation>%1 si trova nella cartella del reperto, dove FakeLens non scrive mai; salva il caso in un&apos;altra cartella. Non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::CaseNotesController</name>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The notes of the case could not be read.</source>
        <translation>Non è stato possibile leggere le note del caso.</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Segnalibro</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Open an image or a video first: a bookmark is on its shown frame.</source>
        <translation>Apri prima un&apos;immagine o un video: un segnalibro riguarda il fotogramma mostrato.</translation>
    </message>
    <message>
        <source>Open an image or a video and save it as a case first: notes are kept in the case file.</source>
        <translation>Apri prima un&apos;immagine o un video e salvalo come caso: le note sono conservate nel file del caso.</translation>
    </message>
    <message>
        <source>Save the case first</source>
        <translation>Salva prima il caso</translation>
    </message>
    <message>
        <source>Notes are kept in the case file, and no case is saved yet. Save the analysis as a case now? The note is added to it once it is saved.</source>
        <translation>Le note sono conservate nel file del caso e nessun caso è ancora salvato. Salvare ora l&apos;analisi come caso? La nota viene aggiunta appena il caso è salvato.</translation>
    </message>
    <message>
        <source>The note was not added.</source>
        <translation>La nota non è stata aggiunta.</translation>
    </message>
    <message>
        <source>the note is no longer in the case</source>
        <translation>la nota non è più nel caso</translation>
    </message>
    <message>
        <source>The status of the note was not changed.</source>
        <translation>Lo stato della nota non è stato cambiato.</translation>
    </message>
    <message>
        <source>The note was not changed.</source>
        <translation>La nota non è stata modificata.</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Rimuovi nota</translation>
    </message>
    <message>
        <source>Remove the note &quot;%1&quot; from the case? The audit trail keeps that it was removed.</source>
        <translation>Rimuovere la nota «%1» dal caso? Il registro di audit conserva che è stata rimossa.</translation>
    </message>
    <message>
        <source>The note was not removed.</source>
        <translation>La nota non è stata rimossa.</translation>
    </message>
    <message>
        <source>The conclusion was not saved.</source>
        <translation>La conclusione non è stata salvata.</translation>
    </message>
    <message>
        <source>No case is open: save the case first (File › Save case as…).</source>
        <translation>Nessun caso è aperto: salva prima il caso (File › Salva caso come…).</translation>
    </message>
    <message>
        <source>The shown evidence is not the evidence of the case %1 (or the case is still being read): a bookmark there would point at the wrong frame. Add a note without a frame, or open the case&apos;s evidence.</source>
        <translation>Il reperto mostrato non è il reperto del caso %1 (oppure il caso è ancora in lettura): un segnalibro lì punterebbe al fotogramma sbagliato. Aggiungi una nota senza fotogramma oppure apri il reperto del caso.</translation>
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
        <translation>da verificare</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>Nuova nota…</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Add the note to the case as a whole</source>
        <translation>Aggiungi la nota al caso nel suo insieme</translation>
    </message>
    <message>
        <source>Bookmark frame</source>
        <translation>Segnalibro sul fotogramma</translation>
    </message>
    <message>
        <source>Add the note on the shown frame and the selected face (Ctrl+B)</source>
        <translation>Aggiungi la nota sul fotogramma mostrato e sul volto selezionato (Ctrl+B)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove the selected note from the case (kept in its audit trail)</source>
        <translation>Rimuovi la nota selezionata dal caso (resta nel registro di audit)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quando (UTC)</translation>
    </message>
    <message>
        <source>The examiner&apos;s conclusion, printed on page 1 of the report</source>
        <translation>La conclusione dell&apos;esaminatore, stampata a pagina 1 del rapporto</translation>
    </message>
    <message>
        <source>Save conclusion</source>
        <translation>Salva conclusione</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusione</translation>
    </message>
    <message>
        <source>Notes of the case %1; every change is saved to it at once.</source>
        <translation>Note del caso %1; ogni modifica vi viene salvata subito.</translation>
    </message>
    <message>
        <source>face section %1, track %2</source>
        <translation>sezione del volto %1, traccia %2</translation>
    </message>
    <message>
        <source>face section %1</source>
        <translation>sezione del volto %1</translation>
    </message>
    <message>
        <source>frame %1 (%2)</source>
        <translation>fotogramma %1 (%2)</translation>
    </message>
    <message>
        <source>frame %1</source>
        <translation>fotogramma %1</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>il caso</translation>
    </message>
    <message>
        <source>No case is open: adding a note first asks to save the analysis as a case.</source>
        <translation>Nessun caso è aperto: aggiungendo una nota si chiede prima di salvare l&apos;analisi come caso.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ColorLegend</name>
    <message>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <source>high importance for “fake”</source>
        <translation>alta importanza per «falso»</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationChart</name>
    <message>
        <source>P(fake) after attacking the top-k segments (below the red line: now called real)</source>
        <translation>P(fake) dopo l&apos;attacco ai primi k segmenti (sotto la linea rossa: ora giudicato reale)</translation>
    </message>
    <message>
        <source>Sufficiency: how much P(fake) dropped (higher: the explanation found what matters)</source>
        <translation>Sufficienza: di quanto è sceso P(fake) (più alta: la spiegazione ha trovato ciò che conta)</translation>
    </message>
    <message>
        <source>P(fake) after</source>
        <translation>P(fake) dopo</translation>
    </message>
    <message>
        <source>P(fake) drop</source>
        <translation>Calo di P(fake)</translation>
    </message>
    <message>
        <source>classic, k = %1</source>
        <translation>classica, k = %1</translation>
    </message>
    <message>
        <source>threshold %1 (below: called real)</source>
        <translation>soglia %1 (sotto: giudicato reale)</translation>
    </message>
    <message>
        <source>_adv, k = %1</source>
        <translation>_adv, k = %1</translation>
    </message>
    <message>
        <source>P(fake) before the attack, %1</source>
        <translation>P(fake) prima dell&apos;attacco, %1</translation>
    </message>
    <message>
        <source>RANDOM, k = %1</source>
        <translation>RANDOM, k = %1</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-k segments (in the shaded band: inconclusive)</source>
        <translation>P(fake) dopo l&apos;attacco ai primi k segmenti (nella banda ombreggiata: non conclusivo)</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>soglia %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationController</name>
    <message>
        <source>scoring the face</source>
        <translation>valutazione del volto</translation>
    </message>
    <message>
        <source>segmenting the face</source>
        <translation>segmentazione del volto</translation>
    </message>
    <message>
        <source>making the adversarial sample (NES)</source>
        <translation>creazione del campione avversario (NES)</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>completamento</translation>
    </message>
    <message>
        <source>attacking the top-k segments</source>
        <translation>attacco ai primi k segmenti</translation>
    </message>
    <message>
        <source>attacking the top-k segments of %1</source>
        <translation>attacco ai primi k segmenti di %1</translation>
    </message>
    <message>
        <source>explaining with %1</source>
        <translation>spiegazione con %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvaluationPanel</name>
    <message>
        <source>not measured</source>
        <translation>non misurato</translation>
    </message>
    <message>
        <source>never flipped</source>
        <translation>mai ribaltato</translation>
    </message>
    <message>
        <source>%1/255</source>
        <translation>%1/255</translation>
    </message>
    <message>
        <source>Select a face the detector calls fake, pick the methods and press Evaluate.</source>
        <translation>Seleziona un volto che il rilevatore giudica falso, scegli i metodi e premi Valuta.</translation>
    </message>
    <message>
        <source>%1 with the hidden parts filled from the NES adversarial sample</source>
        <translation>%1 con le parti nascoste riempite dal campione avversario NES</translation>
    </message>
    <message>
        <source>%1 with its classic fill</source>
        <translation>%1 con il suo riempimento classico</translation>
    </message>
    <message>
        <source>RANDOM baseline</source>
        <translation>Riferimento RANDOM</translation>
    </message>
    <message>
        <source>A random ranking of the segments, attacked the same way: an explanation is useful only where it does better than this</source>
        <translation>Una classifica casuale dei segmenti, attaccata allo stesso modo: una spiegazione è utile solo dove fa meglio di questa</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>top-k </source>
        <translation>primi k </translation>
    </message>
    <message>
        <source>Attack the top-1, top-2, ... top-k segments of each ranking (the paper: 3)</source>
        <translation>Attacca i primi 1, 2, ... k segmenti di ogni classifica (l&apos;articolo: 3)</translation>
    </message>
    <message>
        <source>NES steps </source>
        <translation>Passi NES </translation>
    </message>
    <message>
        <source>M, the most NES steps of each attack (the paper: 50)</source>
        <translation>M, il massimo di passi NES di ogni attacco (l&apos;articolo: 50)</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> campioni</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Attack the top-k segments of each checked method&apos;s ranking for the selected face</source>
        <translation>Attacca i primi k segmenti della classifica di ogni metodo selezionato per il volto selezionato</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Stop the running evaluation (Esc)</source>
        <translation>Interrompi la valutazione in corso (Esc)</translation>
    </message>
    <message>
        <source>Evaluation of face #%1, frame %2</source>
        <translation>Valutazione del volto #%1, fotogramma %2</translation>
    </message>
    <message>
        <source>Evaluation of face #%1</source>
        <translation>Valutazione del volto #%1</translation>
    </message>
    <message numerus="yes">
        <source>Evaluating %n method(s)… (Esc, Stop or Cancel in the status bar stops it)</source>
        <translation>
            <numerusform>Valutazione di %n metodo… (Esc, Ferma o Annulla nella barra di stato la interrompe)</numerusform>
            <numerusform>Valutazione di %n metodi… (Esc, Ferma o Annulla nella barra di stato la interrompe)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · P(fake) %2 (%3)</source>
        <translation>%1 · P(fake) %2 (%3)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
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
        <translation>suff.
k=%1</translation>
    </message>
    <message>
        <source>flips
at k</source>
        <translation>ribalta
a k</translation>
    </message>
    <message>
        <source>The ranking&apos;s method; RANDOM is the baseline</source>
        <translation>Il metodo della classifica; RANDOM è il riferimento</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-%1 segments (red: still fake, green: now real)</source>
        <translation>P(fake) dopo l&apos;attacco ai primi %1 segmenti (rosso: ancora falso, verde: ora reale)</translation>
    </message>
    <message>
        <source>Sufficiency at k=%1: P(fake) before minus P(fake) after the attack</source>
        <translation>Sufficienza a k=%1: P(fake) prima meno P(fake) dopo l&apos;attacco</translation>
    </message>
    <message>
        <source>The smallest k whose attack flipped the verdict</source>
        <translation>Il k più piccolo il cui attacco ha ribaltato il verdetto</translation>
    </message>
    <message>
        <source>RANDOM: top segments %1</source>
        <translation>RANDOM: segmenti principali %1</translation>
    </message>
    <message>
        <source>%1: top segments %2; explained in %3 s with %4 inferences</source>
        <translation>%1: segmenti principali %2; spiegato in %3 s con %4 inferenze</translation>
    </message>
    <message>
        <source>%1, top-%2: P(fake) %3 -&gt; %4, %5 NES steps, %6 inferences, L∞ %7/255, minimal budget %8</source>
        <translation>%1, primi %2: P(fake) %3 -&gt; %4, %5 passi NES, %6 inferenze, L∞ %7/255, budget minimo %8</translation>
    </message>
    <message>
        <source>The verdict flipped to real when the top-%1 segments were attacked</source>
        <translation>Il verdetto è diventato reale quando sono stati attaccati i primi %1 segmenti</translation>
    </message>
    <message>
        <source>The verdict did not flip for any k up to %1</source>
        <translation>Il verdetto non si è ribaltato per nessun k fino a %1</translation>
    </message>
    <message>
        <source>Samples per method for the explanations that are evaluated (each sampling method&apos;s count; the others follow their own rule). Small for a quick look; the paper uses 2000, raise it for results that go into a case file.</source>
        <translation>Campioni per metodo per le spiegazioni valutate (il numero di ogni metodo di campionamento; gli altri seguono la propria regola). Basso per uno sguardo rapido; l&apos;articolo usa 2000, aumentalo per risultati destinati al fascicolo di un caso.</translation>
    </message>
    <message>
        <source>%1 needs the detector&apos;s gradients; the loaded model gives none</source>
        <translation>%1 richiede i gradienti del rilevatore; il modello caricato non ne fornisce</translation>
    </message>
    <message>
        <source>The detector calls this face %1 (P(fake) %2 below the threshold %3). Only faces at or above the threshold are attacked, so there is nothing to evaluate.</source>
        <translation>Il rilevatore giudica questo volto %1 (P(fake) %2 sotto la soglia %3). Solo i volti pari o sopra la soglia vengono attaccati, quindi non c&apos;è nulla da valutare.</translation>
    </message>
    <message>
        <source>P(fake) after attacking the top-%1 segments (red: fake, orange: inconclusive, green: real)</source>
        <translation>P(fake) dopo l&apos;attacco ai primi %1 segmenti (rosso: falso, arancione: non conclusivo, verde: reale)</translation>
    </message>
    <message>
        <source>P(fake) fell below the threshold when the top-%1 segments were attacked</source>
        <translation>P(fake) è scesa sotto la soglia quando sono stati attaccati i primi %1 segmenti</translation>
    </message>
    <message>
        <source>The same segments as %1 top-%2: one attack, shown in both rows.</source>
        <translation>Gli stessi segmenti di %1 top-%2: un solo attacco, mostrato in entrambe le righe.</translation>
    </message>
    <message>
        <source>Check every method (press again to clear them)</source>
        <translation>Seleziona tutti i metodi (premi di nuovo per deselezionarli)</translation>
    </message>
    <message>
        <source>Each ranking of the face&apos;s %1 segments is tested by letting NES change only its top-k segments (at most %2/255 per pixel, %3 steps). If the explanation found what the detector relies on, P(fake) falls (high sufficiency) and the verdict may flip to real. %4 samples per sampling method, seed %5, %6 s.</source>
        <translation>Ogni classifica dei %1 segmenti del volto viene verificata lasciando che NES modifichi solo i suoi primi k segmenti (al massimo %2/255 per pixel, %3 passi). Se la spiegazione ha trovato ciò su cui si basa il rilevatore, P(fake) scende (sufficienza alta) e il verdetto può diventare reale. %4 campioni per metodo di campionamento, seme %5, %6 s.</translation>
    </message>
    <message>
        <source>RANDOM ranks the segments at random: a method should do better.</source>
        <translation>RANDOM ordina i segmenti a caso: un metodo dovrebbe fare meglio.</translation>
    </message>
    <message>
        <source>†: the same top-k segments as another row, so one attack shown in both (its tooltip names the row).</source>
        <translation>†: gli stessi primi k segmenti di un&apos;altra riga, quindi un solo attacco mostrato in entrambe (il suo tooltip nomina la riga).</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::EvidencePanel</name>
    <message>
        <source>No file open.</source>
        <translation>Nessun file aperto.</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modello: caricamento…</translation>
    </message>
    <message>
        <source>%1 · %2 × %3 px · %4</source>
        <translation>%1 · %2 × %3 px · %4</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>image</source>
        <translation>immagine</translation>
    </message>
    <message>
        <source>%1 frames · %2 fps</source>
        <translation>%1 fotogrammi · %2 fps</translation>
    </message>
    <message>
        <source>Model &lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;fake when P(fake) ≥ %3</source>
        <translation>Modello &lt;b&gt;%1&lt;/b&gt; su %2&lt;br&gt;falso quando P(fake) ≥ %3</translation>
    </message>
    <message>
        <source>Model: not loaded (see the message above the frame)</source>
        <translation>Modello: non caricato (vedi il messaggio sopra il fotogramma)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the full SHA-256 of the evidence file to the clipboard</source>
        <translation>Copia l&apos;intero SHA-256 del file di prova negli appunti</translation>
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
        <translation>Mostra…</translation>
    </message>
    <message>
        <source>The file&apos;s EXIF, XMP and IPTC (images) or container and stream metadata (videos)</source>
        <translation>EXIF, XMP e IPTC del file (immagini) o metadati del contenitore e dei flussi (video)</translation>
    </message>
    <message>
        <source>Metadata: none in the file</source>
        <translation>Metadati: nessuno nel file</translation>
    </message>
    <message numerus="yes">
        <source>Metadata: %n item(s)</source>
        <translation>
            <numerusform>Metadati: %n voce</numerusform>
            <numerusform>Metadati: %n voci</numerusform>
        </translation>
    </message>
    <message>
        <source>(not fully read)</source>
        <translation>(non letti completamente)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ExplanationController</name>
    <message>
        <source>segmenting the face</source>
        <translation>segmentazione del volto</translation>
    </message>
    <message>
        <source>making the adversarial sample (NES)</source>
        <translation>creazione del campione avversario (NES)</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>completamento</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>esecuzione di %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ExplanationPanel</name>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>Adversarial sample</source>
        <translation>Campione avversario</translation>
    </message>
    <message>
        <source>Select a face, pick a method and press Explain (Ctrl+E).</source>
        <translation>Seleziona un volto, scegli un metodo e premi Spiega (Ctrl+E).</translation>
    </message>
    <message>
        <source>Heatmap opacity, shared by both views (Space flips the overlay off and on)</source>
        <translation>Opacità della mappa di calore, comune alle due viste (Spazio nasconde e mostra la sovrapposizione)</translation>
    </message>
    <message>
        <source>Outline top</source>
        <translation>Contorno dei primi</translation>
    </message>
    <message>
        <source> segments</source>
        <translation> segmenti</translation>
    </message>
    <message>
        <source>Fit / 100 %</source>
        <translation>Adatta / 100 %</translation>
    </message>
    <message>
        <source>Toggle between fitting the face and one image pixel per screen pixel (F)</source>
        <translation>Alterna tra volto adattato e un pixel dell&apos;immagine per pixel dello schermo (F)</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacità</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>%1 and %1_adv of face #%2, frame %3</source>
        <translation>%1 e %1_adv del volto #%2, fotogramma %3</translation>
    </message>
    <message>
        <source>%1 and %1_adv of face #%2</source>
        <translation>%1 e %1_adv del volto #%2</translation>
    </message>
    <message>
        <source>Computing %1… (Esc or Cancel in the status bar stops it)</source>
        <translation>Calcolo di %1… (Esc o Annulla nella barra di stato lo interrompe)</translation>
    </message>
    <message>
        <source>%1 · P(fake) %2 (%3)</source>
        <translation>%1 · P(fake) %2 (%3)</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>non calcolata</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 inferences, %3 s</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 inferenze, %3 s</translation>
    </message>
    <message>
        <source>No adversarial sample in this explanation.</source>
        <translation>Nessun campione avversario in questa spiegazione.</translation>
    </message>
    <message>
        <source>classic</source>
        <translation>classica</translation>
    </message>
    <message>
        <source>adversarial (_adv)</source>
        <translation>avversaria (_adv)</translation>
    </message>
    <message>
        <source>classic explanation</source>
        <translation>spiegazione classica</translation>
    </message>
    <message>
        <source>adversarial explanation</source>
        <translation>spiegazione avversaria</translation>
    </message>
    <message>
        <source>No adversarial sample yet.</source>
        <translation>Nessun campione avversario per ora.</translation>
    </message>
    <message>
        <source>face%1_frame%2_%3.png</source>
        <translation>volto%1_fotogramma%2_%3.png</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Esporta vista</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Impossibile scrivere «%1».</translation>
    </message>
    <message>
        <source>Shared scale</source>
        <translation>Scala condivisa</translation>
    </message>
    <message>
        <source>Scale per map</source>
        <translation>Scala per mappa</translation>
    </message>
    <message>
        <source>Shared: both maps of the pair on one colour scale, so a weaker map looks weaker. Per map: each map stretched to its own minimum and maximum.</source>
        <translation>Condivisa: entrambe le mappe della coppia su un&apos;unica scala dei colori, così una mappa più debole appare più debole. Per mappa: ogni mappa estesa al proprio minimo e massimo.</translation>
    </message>
    <message>
        <source>Export comparison…</source>
        <translation>Esporta confronto…</translation>
    </message>
    <message>
        <source>Save both maps with their colour scales and the inspector&apos;s values as one PNG or SVG</source>
        <translation>Salva entrambe le mappe con le loro scale dei colori e i valori dell&apos;ispettore in un unico PNG o SVG</translation>
    </message>
    <message>
        <source>Colour scale</source>
        <translation>Scala dei colori</translation>
    </message>
    <message>
        <source>Save this view (face with heatmap) as a PNG image with a caption: method, colour scale, seed, face, frame and evidence hash</source>
        <translation>Salva questa vista (volto con mappa di calore) come immagine PNG con didascalia: metodo, scala dei colori, seme, volto, fotogramma e hash della prova</translation>
    </message>
    <message>
        <source>%1 and %2, shared scale</source>
        <translation>%1 e %2, scala condivisa</translation>
    </message>
    <message>
        <source>%1, own scale</source>
        <translation>%1, scala propria</translation>
    </message>
    <message>
        <source>%1 top segments (score): %2</source>
        <translation>%1 segmenti principali (punteggio): %2</translation>
    </message>
    <message>
        <source>face%1_frame%2_%3_comparison.png</source>
        <translation>volto%1_fotogramma%2_%3_confronto.png</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Esporta confronto</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>Immagini PNG (*.png);;Disegni SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 has no adversarial (_adv) form</source>
        <translation>%1 non ha una forma avversaria (_adv)</translation>
    </message>
    <message>
        <source>%1 of face #%2, frame %3</source>
        <translation>%1 del volto #%2, fotogramma %3</translation>
    </message>
    <message>
        <source>%1 of face #%2</source>
        <translation>%1 del volto #%2</translation>
    </message>
    <message>
        <source>not available: the detector calls this face %1</source>
        <translation>non disponibile: il rilevatore giudica questo volto %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FaceListPanel</name>
    <message>
        <source>No frame yet.</source>
        <translation>Nessun fotogramma per ora.</translation>
    </message>
    <message>
        <source>#%1   P(fake) %2
%3</source>
        <translation>#%1   P(fake) %2
%3</translation>
    </message>
    <message>
        <source>Face #%1: P(fake) = %2, detection confidence %3</source>
        <translation>Volto #%1: P(fake) = %2, affidabilità del rilevamento %3</translation>
    </message>
    <message>
        <source>No face in this frame.</source>
        <translation>Nessun volto in questo fotogramma.</translation>
    </message>
    <message numerus="yes">
        <source>%n face(s), %1 called fake</source>
        <translation>
            <numerusform>%n volto, %1 giudicati falsi</numerusform>
            <numerusform>%n volti, %1 giudicati falsi</numerusform>
        </translation>
    </message>
    <message>
        <source> (too small to judge, kept)</source>
        <translation> (troppo piccolo per giudicare, mantenuto)</translation>
    </message>
    <message>
        <source> (too small to judge, left out)</source>
        <translation> (troppo piccolo per giudicare, escluso)</translation>
    </message>
    <message numerus="yes">
        <source>, %n inconclusive</source>
        <translation>
            <numerusform>, %n non conclusivo</numerusform>
            <numerusform>, %n non conclusivi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too small to judge (kept in the verdict)</source>
        <translation>
            <numerusform>; %n troppo piccolo per giudicare (mantenuto nel verdetto)</numerusform>
            <numerusform>; %n troppo piccoli per giudicare (mantenuti nel verdetto)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n too small to judge (left out of the verdict)</source>
        <translation>
            <numerusform>; %n troppo piccolo per giudicare (escluso dal verdetto)</numerusform>
            <numerusform>; %n troppo piccoli per giudicare (esclusi dal verdetto)</numerusform>
        </translation>
    </message>
    <message>
        <source>drawn by the examiner</source>
        <translation>disegnato dall&apos;esaminatore</translation>
    </message>
    <message>
        <source>Face #%1: P(fake) = %2, drawn by the examiner (the face detector missed it)</source>
        <translation>Volto #%1: P(fake) = %2, disegnato dall&apos;esaminatore (il rilevatore di volti non l&apos;ha trovato)</translation>
    </message>
    <message>
        <source>UNSTABLE</source>
        <translation>INSTABILE</translation>
    </message>
    <message>
        <source>UNSTABLE: the robustness re-test changed its verdict (Ctrl+R shows it).</source>
        <translation>INSTABILE: il nuovo test di robustezza ha cambiato il suo verdetto (Ctrl+R lo mostra).</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FrameScrubber</name>
    <message>
        <source>Previous frame (Left)</source>
        <translation>Fotogramma precedente (Sinistra)</translation>
    </message>
    <message>
        <source>Play / pause (P)</source>
        <translation>Riproduci / pausa (P)</translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation>Fotogramma successivo (Destra)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>frame %1 / %2</source>
        <translation>fotogramma %1 / %2</translation>
    </message>
    <message>
        <source>Frames are numbered from 0, as in the CLI, the case and the report; this video&apos;s last frame is %1.</source>
        <translation>I fotogrammi sono numerati da 0, come nella CLI, nel caso e nel rapporto; l&apos;ultimo fotogramma di questo video è il %1.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::FrameView</name>
    <message>
        <source>Open an image or a video (File › Open, Ctrl+O) or drop a file here.</source>
        <translation>Apri un&apos;immagine o un video (File › Apri, Ctrl+O) o trascina qui un file.</translation>
    </message>
    <message>
        <source>detecting faces…</source>
        <translation>rilevamento dei volti…</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>#%1 %2 %3</translation>
    </message>
    <message>
        <source>Drag a box around the face the detector missed (Esc cancels).</source>
        <translation>Trascina un riquadro attorno al volto che il rilevatore non ha trovato (Esc annulla).</translation>
    </message>
    <message>
        <source>(drawn)</source>
        <translation>(disegnato)</translation>
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
        <translation>Reperto</translation>
    </message>
    <message>
        <source>Faces</source>
        <translation>Volti</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Spiegazione</translation>
    </message>
    <message>
        <source>model: %1 · device: %2</source>
        <translation>modello: %1 · dispositivo: %2</translation>
    </message>
    <message>
        <source>FakeLens — %1</source>
        <translation>FakeLens — %1</translation>
    </message>
    <message>
        <source>Detecting faces…</source>
        <translation>Rilevamento dei volti…</translation>
    </message>
    <message>
        <source>model: not loaded</source>
        <translation>modello: non caricato</translation>
    </message>
    <message>
        <source>The faces of this frame could not be scored.</source>
        <translation>Non è stato possibile valutare i volti di questo fotogramma.</translation>
    </message>
    <message>
        <source>The explanation failed: %1</source>
        <translation>La spiegazione non è riuscita: %1</translation>
    </message>
    <message>
        <source>Explanation cancelled.</source>
        <translation>Spiegazione annullata.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Explain (Ctrl+E) to explain the selected face.</source>
        <translation>Il volto o il fotogramma è cambiato: premi Spiega (Ctrl+E) per spiegare il volto selezionato.</translation>
    </message>
    <message>
        <source>Explaining %1 / %1_adv: %2 %3 %</source>
        <translation>Spiegazione %1 / %1_adv: %2 %3 %</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Apertura del file…</translation>
    </message>
    <message>
        <source>Detecting faces in frame %1…</source>
        <translation>Rilevamento dei volti nel fotogramma %1…</translation>
    </message>
    <message>
        <source>Scoring the timeline: %1 / %2 frames</source>
        <translation>Valutazione della linea temporale: %1 / %2 fotogrammi</translation>
    </message>
    <message numerus="yes">
        <source>Timeline stopped after %n frame(s).</source>
        <translation>
            <numerusform>Linea temporale interrotta dopo %n fotogramma.</numerusform>
            <numerusform>Linea temporale interrotta dopo %n fotogrammi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open evidence</source>
        <translation>Apri reperto</translation>
    </message>
    <message>
        <source>Images and videos (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;All files (*)</source>
        <translation>Immagini e video (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.mp4 *.avi *.mov *.mkv *.webm);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>About FakeLens</source>
        <translation>Informazioni su FakeLens</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Valutazione</translation>
    </message>
    <message>
        <source>Evaluating: %1 %2 %</source>
        <translation>Valutazione: %1 %2 %</translation>
    </message>
    <message>
        <source>Writing the report: %1 %2 %</source>
        <translation>Scrittura del rapporto: %1 %2 %</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>La valutazione non è riuscita: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Valutazione annullata.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Evaluate to evaluate the selected face.</source>
        <translation>Il volto o il fotogramma è cambiato: premi Valuta per valutare il volto selezionato.</translation>
    </message>
    <message numerus="yes">
        <source>Report written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rapporto scritto: %1 (%n pagina).</numerusform>
            <numerusform>Rapporto scritto: %1 (%n pagine).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written: %1.</source>
        <translation>Rapporto scritto: %1.</translation>
    </message>
    <message>
        <source>No report was written. %1</source>
        <translation>Nessun rapporto è stato scritto. %1</translation>
    </message>
    <message>
        <source>Report export cancelled; no file was written.</source>
        <translation>Esportazione del rapporto annullata; nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>P(fake) per face track: %1 of %2 frames scored…</source>
        <translation>P(fake) per traccia del volto: %1 di %2 fotogrammi valutati…</translation>
    </message>
    <message>
        <source>P(fake) per face track, every %3th frame: %1 of %2 scored…</source>
        <translation>P(fake) per traccia del volto, un fotogramma ogni %3: %1 di %2 valutati…</translation>
    </message>
    <message>
        <source>Frame %1, face %2</source>
        <translation>Fotogramma %1, volto %2</translation>
    </message>
    <message>
        <source>Face %1</source>
        <translation>Volto %1</translation>
    </message>
    <message>
        <source>Testing the robustness of the verdict…</source>
        <translation>Verifica della robustezza del verdetto…</translation>
    </message>
    <message>
        <source>Robustness: the verdict is UNSTABLE.</source>
        <translation>Robustezza: il verdetto è INSTABILE.</translation>
    </message>
    <message>
        <source>Robustness: the verdict is stable.</source>
        <translation>Robustezza: il verdetto è stabile.</translation>
    </message>
    <message>
        <source>The robustness test failed: %1</source>
        <translation>La verifica di robustezza non è riuscita: %1</translation>
    </message>
    <message>
        <source>Robustness test cancelled.</source>
        <translation>Verifica di robustezza annullata.</translation>
    </message>
    <message>
        <source>The face or frame changed: press Ctrl+R to test the selected face.</source>
        <translation>Il volto o il fotogramma è cambiato: premi Ctrl+R per verificare il volto selezionato.</translation>
    </message>
    <message>
        <source>&lt;b&gt;FakeLens %1&lt;/b&gt;&lt;br&gt;Deepfake face detection with classic and adversarial explanations (%2).</source>
        <translation>&lt;b&gt;FakeLens %1&lt;/b&gt;&lt;br&gt;Rilevamento di volti deepfake con spiegazioni classiche e avversarie (%2).</translation>
    </message>
    <message>
        <source>Drag a box around the face the detector missed (Esc cancels).</source>
        <translation>Trascina un riquadro attorno al volto che il rilevatore non ha trovato (Esc annulla).</translation>
    </message>
    <message>
        <source>Pick a method and press Explain (Ctrl+E) to explain the selected face.</source>
        <translation>Scegli un metodo e premi Spiega (Ctrl+E) per spiegare il volto selezionato.</translation>
    </message>
    <message>
        <source>Pick the methods and press Evaluate to test the selected face&apos;s explanations.</source>
        <translation>Scegli i metodi e premi Valuta per verificare le spiegazioni del volto selezionato.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MetadataDialog</name>
    <message>
        <source>Metadata of %1</source>
        <translation>Metadati di %1</translation>
    </message>
    <message>
        <source>As stated by the file. Metadata can be edited without trace: it is what the file says about itself, not a finding.</source>
        <translation>Come dichiarati dal file. I metadati si possono modificare senza lasciare traccia: sono ciò che il file dice di sé, non un risultato.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Not fully read: %1</source>
        <translation>Non letti completamente: %1</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::MethodParameterForm</name>
    <message>
        <source>%1: from %2 to %3; the default, %4, is the paper&apos;s setting</source>
        <translation>%1: da %2 a %3; il valore predefinito, %4, è l&apos;impostazione dell&apos;articolo</translation>
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
        <translation>Modelli</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Ingresso</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Soglia</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Check two or more models to combine them into an ensemble</source>
        <translation>Seleziona due o più modelli per combinarli in un ensemble</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>Install a TorchScript model (.pt with its JSON card) or Keras MesoNet weights (.h5)</source>
        <translation>Installa un modello TorchScript (.pt con la sua scheda JSON) o pesi Keras MesoNet (.h5)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Delete a model you added (models installed for all users stay)</source>
        <translation>Elimina un modello aggiunto da te (i modelli installati per tutti gli utenti restano)</translation>
    </message>
    <message>
        <source>Use as &amp;default</source>
        <translation>Usa come &amp;predefinito</translation>
    </message>
    <message>
        <source>Use checked as &amp;ensemble</source>
        <translation>Usa i selezionati come &amp;ensemble</translation>
    </message>
    <message>
        <source>P(fake) of a face = the largest score of the checked models</source>
        <translation>P(fake) di un volto = il punteggio più alto dei modelli selezionati</translation>
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
        <translation>inutilizzabile</translation>
    </message>
    <message>
        <source>No model is installed. Add one, or run packaging/setup.sh.</source>
        <translation>Nessun modello installato. Aggiungine uno o esegui packaging/setup.sh.</translation>
    </message>
    <message>
        <source>In use: the ensemble %1 (P(fake) = the largest score).</source>
        <translation>In uso: l&apos;ensemble %1 (P(fake) = il punteggio più alto).</translation>
    </message>
    <message>
        <source>In use: %1.</source>
        <translation>In uso: %1.</translation>
    </message>
    <message>
        <source>In use: none (no model is installed).</source>
        <translation>In uso: nessuno (nessun modello installato).</translation>
    </message>
    <message>
        <source>The model was not added: %1</source>
        <translation>Il modello non è stato aggiunto: %1</translation>
    </message>
    <message>
        <source>Add a model</source>
        <translation>Aggiungi un modello</translation>
    </message>
    <message>
        <source>Models (*.pt *.h5);;TorchScript (*.pt);;Keras weights (*.h5)</source>
        <translation>Modelli (*.pt *.h5);;TorchScript (*.pt);;Pesi Keras (*.h5)</translation>
    </message>
    <message>
        <source>The model&apos;s card</source>
        <translation>La scheda del modello</translation>
    </message>
    <message>
        <source>Model cards (*.json)</source>
        <translation>Schede dei modelli (*.json)</translation>
    </message>
    <message>
        <source>Remove model</source>
        <translation>Rimuovi modello</translation>
    </message>
    <message>
        <source>Delete %1 from your models folder?</source>
        <translation>Eliminare %1 dalla tua cartella dei modelli?</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 non può essere usato: %2</translation>
    </message>
    <message>
        <source>%1 takes another input, crop or threshold than the other checked models; an ensemble&apos;s models must agree on them.</source>
        <translation>%1 ha ingresso, ritaglio o soglia diversi dagli altri modelli selezionati; i modelli di un ensemble devono coincidere su questi.</translation>
    </message>
    <message>
        <source>Check two or more models to combine them.</source>
        <translation>Seleziona due o più modelli per combinarli.</translation>
    </message>
    <message>
        <source>Measured error rates: %1</source>
        <translation>Tassi di errore misurati: %1</translation>
    </message>
    <message>
        <source>Measured error rates: checking the model file…</source>
        <translation>Tassi di errore misurati: verifica del file del modello…</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Esporta rapporto</translation>
    </message>
    <message>
        <source>e.g. 2025-0417</source>
        <translation>ad es. 2025-0417</translation>
    </message>
    <message>
        <source>Printed in the header and on every page of the report</source>
        <translation>Stampato nell&apos;intestazione e su ogni pagina del rapporto</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>il tuo nome</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Case ID:</source>
        <translation>Numero del caso:</translation>
    </message>
    <message>
        <source>Examiner:</source>
        <translation>Esaminatore:</translation>
    </message>
    <message>
        <source>PDF file:</source>
        <translation>File PDF:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Scegli dove scrivere il rapporto.</translation>
    </message>
    <message>
        <source>“%1” is a folder; give a file name.</source>
        <translation>«%1» è una cartella; indica un nome di file.</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>«%1» esiste. Sostituirlo?</translation>
    </message>
    <message>
        <source>Give the case ID: the report prints it on every page so that it cannot be mixed up with another case.</source>
        <translation>Indica il numero del caso: il rapporto lo stampa su ogni pagina, così che non possa essere confuso con un altro caso.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <source>Stored in the case file and printed on every page of its reports</source>
        <translation>Salvato nel file del caso e stampato su ogni pagina dei suoi rapporti</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Crea caso</translation>
    </message>
    <message>
        <source>Give the case ID: the case file and every report made from it carry it, so that it cannot be mixed up with another case.</source>
        <translation>Indica l&apos;ID del caso: il file del caso e ogni rapporto ricavato da esso lo riportano, così che non possa essere confuso con un altro caso.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ReportExporter</name>
    <message>
        <source>Open an image or a video first: the report describes the evidence.</source>
        <translation>Apri prima un&apos;immagine o un video: il rapporto descrive il reperto.</translation>
    </message>
    <message>
        <source>The faces of the shown frame are still being detected; export the report when they are in.</source>
        <translation>I volti del fotogramma mostrato sono ancora in rilevamento; esporta il rapporto quando sono pronti.</translation>
    </message>
    <message>
        <source>Choose where to write the report.</source>
        <translation>Scegli dove scrivere il rapporto.</translation>
    </message>
    <message>
        <source>The evidence file %1 changed since it was opened (its SHA-256 is now %2, it was %3). No report was written: open the file again and repeat the analysis.</source>
        <translation>Il file del reperto %1 è cambiato da quando è stato aperto (il suo SHA-256 ora è %2, era %3). Nessun rapporto è stato scritto: riapri il file e ripeti l&apos;analisi.</translation>
    </message>
    <message>
        <source>reading the evidence</source>
        <translation>lettura del reperto</translation>
    </message>
    <message>
        <source>checking the evidence&apos;s SHA-256</source>
        <translation>verifica dello SHA-256 del reperto</translation>
    </message>
    <message>
        <source>describing the model</source>
        <translation>descrizione del modello</translation>
    </message>
    <message>
        <source>scoring the most suspicious frame again</source>
        <translation>nuova valutazione del fotogramma più sospetto</translation>
    </message>
    <message>
        <source>drawing the figures</source>
        <translation>disegno delle figure</translation>
    </message>
    <message>
        <source>writing the pages</source>
        <translation>scrittura delle pagine</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::RobustnessDialog</name>
    <message>
        <source>Robustness of the verdict</source>
        <translation>Robustezza del verdetto</translation>
    </message>
    <message>
        <source>The face re-scored after JPEG re-encoding of the frame, downscaling of the frame and a one-pixel shift of the face. A verdict that flips under any of these is unstable.</source>
        <translation>Il volto rivalutato dopo la ricodifica JPEG del fotogramma, il ridimensionamento del fotogramma e lo spostamento del volto di un pixel. Un verdetto che cambia in uno di questi casi è instabile.</translation>
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
        <translation>Variazione</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdetto</translation>
    </message>
    <message>
        <source>JPEG quality %1</source>
        <translation>Qualità JPEG %1</translation>
    </message>
    <message>
        <source>downscaled × %1</source>
        <translation>ridotto × %1</translation>
    </message>
    <message>
        <source>shifted 1 px right</source>
        <translation>spostato di 1 px a destra</translation>
    </message>
    <message>
        <source>shifted 1 px down</source>
        <translation>spostato di 1 px in basso</translation>
    </message>
    <message>
        <source>shifted 1 px left</source>
        <translation>spostato di 1 px a sinistra</translation>
    </message>
    <message>
        <source>shifted 1 px up</source>
        <translation>spostato di 1 px in alto</translation>
    </message>
    <message>
        <source>Re-scoring nine variants…</source>
        <translation>Rivalutazione di nove varianti…</translation>
    </message>
    <message>
        <source>original</source>
        <translation>originale</translation>
    </message>
    <message>
        <source>%1 (flips)</source>
        <translation>%1 (cambia)</translation>
    </message>
    <message>
        <source>P(fake) from %1 to %2; largest change %3</source>
        <translation>P(fake) da %1 a %2; variazione massima %3</translation>
    </message>
    <message>
        <source>UNSTABLE: the verdict changes under at least one variant.</source>
        <translation>INSTABILE: il verdetto cambia in almeno una variante.</translation>
    </message>
    <message>
        <source>Stable: every variant keeps the verdict.</source>
        <translation>Stabile: ogni variante mantiene il verdetto.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::ScoreTimeline</name>
    <message>
        <source>frame</source>
        <translation>fotogramma</translation>
    </message>
    <message>
        <source>P(fake)</source>
        <translation>P(fake)</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Traccia %1</translation>
    </message>
    <message>
        <source>Track %1 (unconfirmed)</source>
        <translation>Traccia %1 (non confermata)</translation>
    </message>
    <message>
        <source>Video: no confirmed face, no verdict</source>
        <translation>Video: nessun volto confermato, nessun verdetto</translation>
    </message>
    <message>
        <source>Video P(fake) %1: %2</source>
        <translation>P(fake) del video %1: %2</translation>
    </message>
    <message>
        <source>Mean of the top 10 % of the per-frame highest P(fake) over the confirmed face tracks (%1 of %2 tracks, %3 frames with a face); fake when it reaches the threshold %4.</source>
        <translation>Media del 10 % più alto delle P(fake) massime per fotogramma sulle tracce dei volti confermate (%1 di %2 tracce, %3 fotogrammi con un volto); falso quando raggiunge la soglia %4.</translation>
    </message>
    <message numerus="yes">
        <source> (%n frame(s) inconclusive)</source>
        <translation>
            <numerusform> (%n fotogramma non conclusivo)</numerusform>
            <numerusform> (%n fotogrammi non conclusivi)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n small face(s) left out</source>
        <translation>
            <numerusform>; %n volto piccolo escluso</numerusform>
            <numerusform>; %n volti piccoli esclusi</numerusform>
        </translation>
    </message>
    <message>
        <source>Track %1 (drawn)</source>
        <translation>Traccia %1 (disegnata)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::SegmentInspector</name>
    <message>
        <source>Hover over the face to inspect a segment; click to pin it.</source>
        <translation>Passa sul volto per esaminare un segmento; fai clic per fissarlo.</translation>
    </message>
    <message>
        <source>No explanation yet: select a face and press Explain (Ctrl+E).</source>
        <translation>Nessuna spiegazione per ora: seleziona un volto e premi Spiega (Ctrl+E).</translation>
    </message>
    <message>
        <source>Segment %1 (pinned) · %2 % of the face</source>
        <translation>Segmento %1 (fissato) · %2 % del volto</translation>
    </message>
    <message>
        <source>Segment %1 · %2 % of the face</source>
        <translation>Segmento %1 · %2 % del volto</translation>
    </message>
    <message>
        <source>%1: score %2, rank %3 of %4</source>
        <translation>%1: punteggio %2, posizione %3 di %4</translation>
    </message>
    <message>
        <source>%1 rank %2</source>
        <translation>%1 posizione %2</translation>
    </message>
    <message>
        <source>Pinned: segment %1 · %2</source>
        <translation>Fissato: segmento %1 · %2</translation>
    </message>
    <message>
        <source>Computing the explanation; its segments can be inspected when it is in.</source>
        <translation>Calcolo della spiegazione in corso; i suoi segmenti si potranno esaminare quando sarà pronta.</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Generale</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modello</translation>
    </message>
    <message>
        <source>E&amp;xplanations</source>
        <translation>S&amp;piegazioni</translation>
    </message>
    <message>
        <source>&amp;NES attack</source>
        <translation>Attacco &amp;NES</translation>
    </message>
    <message>
        <source>&amp;Display</source>
        <translation>&amp;Visualizzazione</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <source>Every setting on every page back to FakeLens&apos; defaults (the paper&apos;s settings)</source>
        <translation>Riporta ogni impostazione di ogni pagina ai valori predefiniti di FakeLens (quelli dell&apos;articolo)</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>A new language applies when FakeLens is started again.</source>
        <translation>Una nuova lingua si applica al prossimo avvio di FakeLens.</translation>
    </message>
    <message>
        <source>Name shown in reports</source>
        <translation>Nome mostrato nei rapporti</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Esaminatore:</translation>
    </message>
    <message>
        <source>Automatic (the installed Meso4_DF)</source>
        <translation>Automatico (il Meso4_DF installato)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tools › Models… adds models and combines several into an ensemble</source>
        <translation>Strumenti › Modelli… aggiunge modelli e ne combina più d&apos;uno in un ensemble</translation>
    </message>
    <message>
        <source>Default &amp;model:</source>
        <translation>&amp;Modello predefinito:</translation>
    </message>
    <message>
        <source>Automatic (GPU when available)</source>
        <translation>Automatico (GPU se disponibile)</translation>
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
        <translation>&amp;Dispositivo:</translation>
    </message>
    <message>
        <source>all cores</source>
        <translation>tutti i core</translation>
    </message>
    <message>
        <source>CPU &amp;threads:</source>
        <translation>&amp;Thread CPU:</translation>
    </message>
    <message>
        <source>Score every Nth frame of a video for the P(fake) timeline (1 = every frame)</source>
        <translation>Valuta un fotogramma ogni N del video per la linea temporale di P(fake) (1 = ogni fotogramma)</translation>
    </message>
    <message>
        <source>Timeline: every &amp;Nth frame:</source>
        <translation>Linea temporale: un fotogramma ogni &amp;N:</translation>
    </message>
    <message>
        <source>About how many SLIC superpixels a face is divided into</source>
        <translation>In circa quanti superpixel SLIC viene diviso un volto</translation>
    </message>
    <message>
        <source>SLIC &amp;segments:</source>
        <translation>&amp;Segmenti SLIC:</translation>
    </message>
    <message>
        <source>The same seed gives the same explanations</source>
        <translation>Lo stesso seme dà le stesse spiegazioni</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>S&amp;eme:</translation>
    </message>
    <message>
        <source>The defaults are the settings of Tsigos et al. (2025), section 4.3. More samples give steadier explanations and take longer.</source>
        <translation>I valori predefiniti sono quelli di Tsigos et al. (2025), sezione 4.3. Più campioni danno spiegazioni più stabili e richiedono più tempo.</translation>
    </message>
    <message>
        <source>Maximum &amp;iterations:</source>
        <translation>&amp;Iterazioni massime:</translation>
    </message>
    <message>
        <source>Search &amp;variance σ:</source>
        <translation>&amp;Varianza di ricerca σ:</translation>
    </message>
    <message>
        <source>Antithetic pairs per iteration (2n images)</source>
        <translation>Coppie antitetiche per iterazione (2n immagini)</translation>
    </message>
    <message>
        <source>&amp;Samples per iteration (n):</source>
        <translation>&amp;Campioni per iterazione (n):</translation>
    </message>
    <message>
        <source> / 255</source>
        <translation> / 255</translation>
    </message>
    <message>
        <source>Step &amp;α:</source>
        <translation>&amp;Passo α:</translation>
    </message>
    <message>
        <source>Maximum &amp;distortion δ (L∞):</source>
        <translation>&amp;Distorsione massima δ (L∞):</translation>
    </message>
    <message>
        <source>&amp;Paper-compatible (clip each step, no projection onto the δ-ball)</source>
        <translation>&amp;Compatibile con l&apos;articolo (limita ogni passo, nessuna proiezione sulla palla δ)</translation>
    </message>
    <message>
        <source>NES makes the adversarial copy of the face whose pixels fill the hidden segments of the _adv methods.</source>
        <translation>NES crea la copia avversaria del volto i cui pixel riempiono i segmenti nascosti dei metodi _adv.</translation>
    </message>
    <message>
        <source>&amp;Colour map:</source>
        <translation>&amp;Mappa di colori:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Overlay &amp;opacity:</source>
        <translation>&amp;Opacità della sovrapposizione:</translation>
    </message>
    <message>
        <source>Outline the &amp;top segments:</source>
        <translation>Contorna i &amp;primi segmenti:</translation>
    </message>
    <message numerus="yes">
        <source>In use now: an ensemble of %n model(s). Choosing a model here replaces it.</source>
        <translation>
            <numerusform>Ora in uso: un ensemble di %n modello. Scegliere qui un modello lo sostituisce.</numerusform>
            <numerusform>Ora in uso: un ensemble di %n modelli. Scegliere qui un modello lo sostituisce.</numerusform>
        </translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>FakeLens will use the new language when it is started again.</source>
        <translation>FakeLens userà la nuova lingua al prossimo avvio.</translation>
    </message>
    <message>
        <source>Keep faces too small to judge in the verdict</source>
        <translation>Mantieni nel verdetto i volti troppo piccoli</translation>
    </message>
    <message>
        <source>Faces whose box is under the model card&apos;s minimum (64 px for MesoNet) are always shown; by default they are left out of the verdict</source>
        <translation>I volti il cui riquadro è sotto il minimo della scheda del modello (64 px per MesoNet) sono sempre mostrati; per impostazione predefinita sono esclusi dal verdetto</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Interrompi il lavoro in corso (Esc)</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::TimelineLink</name>
    <message>
        <source>Timeline stopped: %1</source>
        <translation>Linea temporale interrotta: %1</translation>
    </message>
    <message numerus="yes">
        <source>P(fake) per face track (smoothed over %1 points): %n frame(s) scored in %2 s (%3 frames/s)</source>
        <translation>
            <numerusform>P(fake) per traccia del volto (media su %1 punti): %n fotogramma valutato in %2 s (%3 fotogrammi/s)</numerusform>
            <numerusform>P(fake) per traccia del volto (media su %1 punti): %n fotogrammi valutati in %2 s (%3 fotogrammi/s)</numerusform>
        </translation>
    </message>
    <message>
        <source>the frames the case analysed: %1 to %2, one in %3</source>
        <translation>i fotogrammi analizzati dal caso: da %1 a %2, uno ogni %3</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::WorkbenchActions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>Open an image or a video (Ctrl+O)</source>
        <translation>Apri un&apos;immagine o un video (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>&amp;Spiega</translation>
    </message>
    <message>
        <source>Explain the selected face with the chosen method, classic and adversarial (Ctrl+E)</source>
        <translation>Spiega il volto selezionato con il metodo scelto, in forma classica e avversaria (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnulla</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Interrompi il lavoro in corso (Esc)</translation>
    </message>
    <message>
        <source>&amp;Detect faces</source>
        <translation>&amp;Rileva i volti</translation>
    </message>
    <message>
        <source>Off: each frame is taken whole as one face (for images that are face crops)</source>
        <translation>Disattivato: ogni fotogramma è preso intero come un volto (per immagini che sono ritagli di volti)</translation>
    </message>
    <message>
        <source>&amp;Previous frame</source>
        <translation>Fotogramma &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Next frame</source>
        <translation>Fotogramma &amp;successivo</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>Indietro di un secondo</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>Avanti di un secondo</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>Primo fotogramma</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>Ultimo fotogramma</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Riproduci / pausa</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Rimpi&amp;cciolisci</translation>
    </message>
    <message>
        <source>&amp;Fit / 100 %</source>
        <translation>A&amp;datta / 100 %</translation>
    </message>
    <message>
        <source>Flip &amp;overlay</source>
        <translation>Alterna s&amp;ovrapposizione</translation>
    </message>
    <message>
        <source>Heatmap on / plain face (Space)</source>
        <translation>Mappa di calore / solo volto (Spazio)</translation>
    </message>
    <message>
        <source>&amp;About FakeLens</source>
        <translation>&amp;Informazioni su FakeLens</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>Model, device, sample counts, NES, seed, colours, language (Ctrl+,)</source>
        <translation>Modello, dispositivo, numero di campioni, NES, seme, colori, lingua (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Models…</source>
        <translation>&amp;Modelli…</translation>
    </message>
    <message>
        <source>Installed models, their cards, the default model and ensembles (Ctrl+Shift+M)</source>
        <translation>Modelli installati, le loro schede, il modello predefinito e gli ensemble (Ctrl+Maiusc+M)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Pannelli</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>A&amp;nalisi</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;iuto</translation>
    </message>
    <message>
        <source>Explanation method; its adversarial form (_adv) is computed alongside</source>
        <translation>Metodo di spiegazione; la sua forma avversaria (_adv) viene calcolata insieme</translation>
    </message>
    <message>
        <source>model: loading…</source>
        <translation>modello: caricamento…</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>&amp;Valuta</translation>
    </message>
    <message>
        <source>Test the explanations of the selected face: attack the top-k segments of each method&apos;s ranking (Evaluation tab, Ctrl+Shift+T)</source>
        <translation>Verifica le spiegazioni del volto selezionato: attacca i primi k segmenti della classifica di ogni metodo (scheda Valutazione, Ctrl+Maiusc+T)</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Esporta rapp&amp;orto…</translation>
    </message>
    <message>
        <source>Write a PDF report of the evidence, the faces, the explanations and the evaluation for the case file (Ctrl+Shift+E)</source>
        <translation>Scrivi un rapporto PDF su reperto, volti, spiegazioni e valutazione per il fascicolo del caso (Ctrl+Maiusc+E)</translation>
    </message>
    <message>
        <source>Open &amp;case…</source>
        <translation>Apri &amp;caso…</translation>
    </message>
    <message>
        <source>Open a saved case: its evidence, faces, explanations and evaluations (Ctrl+Shift+O)</source>
        <translation>Apri un caso salvato: il reperto, i volti, le spiegazioni e le valutazioni (Ctrl+Maiusc+O)</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Salva caso</translation>
    </message>
    <message>
        <source>Save the analysis (faces, verdict, explanations, evaluations) to the case file (Ctrl+S)</source>
        <translation>Salva l&apos;analisi (volti, verdetto, spiegazioni, valutazioni) nel file del caso (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save case &amp;as…</source>
        <translation>Salva caso &amp;come…</translation>
    </message>
    <message>
        <source>Save the analysis to another case file (Ctrl+Shift+S)</source>
        <translation>Salva l&apos;analisi in un altro file del caso (Ctrl+Maiusc+S)</translation>
    </message>
    <message>
        <source>Recent cas&amp;es</source>
        <translation>Casi r&amp;ecenti</translation>
    </message>
    <message>
        <source>&amp;Bookmark this frame</source>
        <translation>Segnali&amp;bro su questo fotogramma</translation>
    </message>
    <message>
        <source>Add a note on the shown frame and the selected face to the case (Ctrl+B)</source>
        <translation>Aggiungi al caso una nota sul fotogramma mostrato e sul volto selezionato (Ctrl+B)</translation>
    </message>
    <message>
        <source>Test &amp;robustness</source>
        <translation>Verifica &amp;robustezza</translation>
    </message>
    <message>
        <source>Re-score the selected face after JPEG re-encoding, downscaling and a one-pixel shift (Ctrl+R)</source>
        <translation>Ricalcola il punteggio del volto selezionato dopo ricodifica JPEG, ridimensionamento e spostamento di un pixel (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nuovo caso…</translation>
    </message>
    <message>
        <source>Draw &amp;face box</source>
        <translation>Disegna &amp;riquadro del volto</translation>
    </message>
    <message>
        <source>Draw a box around a face the detector missed; it is scored, explained and evaluated like the others and marked as drawn by the examiner (Ctrl+Shift+F, Esc cancels)</source>
        <translation>Disegna un riquadro attorno a un volto che il rilevatore non ha trovato; viene valutato, spiegato e verificato come gli altri e segnato come disegnato dall&apos;esaminatore (Ctrl+Maiusc+F, Esc annulla)</translation>
    </message>
    <message>
        <source>%1 needs the detector&apos;s gradients; the loaded model gives none</source>
        <translation>%1 richiede i gradienti del rilevatore; il modello caricato non ne fornisce</translation>
    </message>
</context>
<context>
    <name>fakelens::ui::WorkbenchSession</name>
    <message>
        <source>No face was found in this frame. If the image is already a face crop, turn off Analyse › Detect faces to score it whole.</source>
        <translation>Nessun volto trovato in questo fotogramma. Se l&apos;immagine è già un ritaglio di volto, disattiva Analisi › Rileva i volti per valutarla intera.</translation>
    </message>
    <message>
        <source>This frame could not be scored.</source>
        <translation>Non è stato possibile valutare questo fotogramma.</translation>
    </message>
    <message>
        <source>Select a face to explain first.</source>
        <translation>Seleziona prima un volto da spiegare.</translation>
    </message>
    <message>
        <source>Open an image or a video first.</source>
        <translation>Apri prima un&apos;immagine o un video.</translation>
    </message>
    <message>
        <source>Select a face to evaluate first.</source>
        <translation>Seleziona prima un volto da valutare.</translation>
    </message>
    <message>
        <source>Pick at least one method to evaluate.</source>
        <translation>Scegli almeno un metodo da valutare.</translation>
    </message>
    <message>
        <source>%1_adv is not available for this face: %2</source>
        <translation>%1_adv non è disponibile per questo volto: %2</translation>
    </message>
    <message>
        <source>No face was found in this frame. Step to a neighbouring frame or pick a point on the timeline where a face track is scored.</source>
        <translation>Nessun volto trovato in questo fotogramma. Passate a un fotogramma vicino o scegliete un punto della timeline in cui è valutata una traccia del volto.</translation>
    </message>
    <message>
        <source>Select a face to test first.</source>
        <translation>Seleziona prima un volto da verificare.</translation>
    </message>
    <message>
        <source>Turn on Analyse › Detect faces to draw a face box: a drawn face is fitted with the face detector&apos;s landmark model.</source>
        <translation>Attiva Analisi › Rileva volti per disegnare un riquadro del volto: un volto disegnato viene adattato con il modello dei punti di riferimento del rilevatore di volti.</translation>
    </message>
    <message>
        <source>No face was found in this frame. Draw one with Analyse › Draw face box (Ctrl+Shift+F), then explain it.</source>
        <translation>Nessun volto trovato in questo fotogramma. Disegnane uno con Analisi › Disegna riquadro del volto (Ctrl+Shift+F), poi spiegalo.</translation>
    </message>
    <message>
        <source>The timeline does not score frame %1, so the face drawn there is kept on that frame only. Draw it on a frame the timeline scores (a point of its curves) to have it followed.</source>
        <translation>La timeline non valuta il fotogramma %1, quindi il volto disegnato lì resta solo su quel fotogramma. Disegnarlo su un fotogramma che la timeline valuta (un punto delle sue curve) per farlo seguire.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Deepfake face detection and explanation workbench.</source>
        <translation>Banco di lavoro per il rilevamento e la spiegazione di volti deepfake.</translation>
    </message>
    <message>
        <source>Detector model file (.h5 or .pt) for this session.</source>
        <translation>File del modello del rilevatore (.h5 o .pt) per questa sessione.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Image or video to open, or a case (.fakelens).</source>
        <translation>Immagine o video da aprire, oppure un caso (.fakelens).</translation>
    </message>
</context>
</TS>
