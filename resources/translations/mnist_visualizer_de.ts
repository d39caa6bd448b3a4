<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../visualizer/about.py" line="+20"/>
        <source>unknown (not installed)</source>
        <translation>unbekannt (nicht installiert)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</source>
        <translation>Einem Netz live zusehen, wie es handgeschriebene Ziffern lesen lernt, und ihm Ziffern zum Lesen zeichnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network</source>
        <translation>Das Netz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text&apos;s one fully-connected layer: for an image &lt;i&gt;x&lt;/i&gt; of 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
cross-entropy {loss},&lt;br&gt;
trained by gradient descent with {gradients},
one example at a time or in mini-batches.</source>
        <translation>Die eine vollständig verbundene Schicht des Kurstexts: für ein Bild &lt;i&gt;x&lt;/i&gt; aus 784 Pixeln&lt;br&gt;
Logits {logits},
Softmax {softmax},
Kreuzentropie {loss},&lt;br&gt;
trainiert durch Gradientenabstieg mit {gradients},
ein Beispiel nach dem anderen oder in Mini-Batches.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hidden-layer option, the text&apos;s next step: {hidden}, {logits}
({f}: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</source>
        <translation>Die Option mit verborgener Schicht, der nächste Schritt des Texts: {hidden}, {logits}
({f}: ReLU oder die logistische Sigmoidfunktion), ihre Gradienten nach derselben Kettenregel eine Schicht
weiter zurück.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&amp;times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</source>
        <translation>Die MNIST-Datenbank handgeschriebener Ziffern von Yann LeCun, Corinna Cortes und Christopher J.C.
Burges: 60.000 Trainings- und 10.000 Testbilder mit 28&amp;times;28 Pixeln, mit der App ausgeliefert und
verfügbar unter den Bedingungen der Lizenz Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 3.0
(CC BY-SA 3.0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT licence. Built with Qt for Python (PySide6), pyqtgraph, NumPy and Pillow.</source>
        <translation>MIT-Lizenz. Erstellt mit Qt for Python (PySide6), pyqtgraph, NumPy und Pillow.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About MNIST Visualizer</source>
        <translation>Über MNIST Visualizer</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../visualizer/actions.py" line="+125"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start or pause training</source>
        <translation>Training starten oder pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause training</source>
        <translation>Training starten / pausieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update, then pause</source>
        <translation>Ein Update, dann Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update (a step of gradient descent)</source>
        <translation>Ein Update (ein Schritt des Gradientenabstiegs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh random weights, back to the start</source>
        <translation>Neue zufällige Gewichte, zurück zum Anfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: fresh random weights</source>
        <translation>Neustart: neue zufällige Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear canvas</source>
        <translation>Zeichenfläche leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the drawing</source>
        <translation>Zeichnung wegwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thicker brush</source>
        <translation>Dickerer Pinsel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinner brush</source>
        <translation>Dünnerer Pinsel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dataset folder…</source>
        <translation>Datensatz-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of the four IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation>Ein beliebiger Ordner mit den vier IDX-Dateien (MNIST, Fashion-MNIST, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load weights…</source>
        <translation>Gewichte laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save weights…</source>
        <translation>Gewichte speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export pictures and metrics…</source>
        <translation>Bilder und Messwerte exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmaps and plots as PNG, metrics as CSV</source>
        <translation>Heatmaps und Diagramme als PNG, Messwerte als CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation…</source>
        <translation>Animation aufnehmen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 s of the window as an animated GIF, WebP or MP4, for slides</source>
        <translation>10 s des Fensters als animiertes GIF, WebP oder MP4, für Folien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collect digits from phones…</source>
        <translation>Ziffern von Handys sammeln…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class draws digits on their phones; you choose which the network sees</source>
        <translation>Die Klasse zeichnet Ziffern auf Handys; die Lehrkraft wählt, welche das Netz sieht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the drawing to the class digits as</source>
        <translation>Zeichnung zu den Klassenziffern hinzufügen als</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear earlier runs</source>
        <translation>Frühere Läufe löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the faint curves of earlier runs from the plots</source>
        <translation>Die blassen Kurven früherer Läufe aus den Diagrammen entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the earlier runs&apos; faint curves</source>
        <translation>Die blassen Kurven früherer Läufe löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, projector colours</source>
        <translation>Vollbild, große Schrift, Beamer-Farben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch theme</source>
        <translation>Farbschema wechseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal or high-contrast projector theme</source>
        <translation>Normales oder kontrastreiches Beamer-Farbschema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight colours</source>
        <translation>Gewichtsfarben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch weight colours</source>
        <translation>Gewichtsfarben wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-red or colour-blind-safe colours</source>
        <translation>Blau-Rot oder farbenblind-sichere Farben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full colour range</source>
        <translation>Voller Farbbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour scales to the largest weight, not the 99th percentile</source>
        <translation>Farbskala bis zum größten Gewicht, nicht zum 99. Perzentil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours to the largest |value| (else the 99th percentile)</source>
        <translation>Farben bis zum größten |Wert| (sonst das 99. Perzentil)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spotlight</source>
        <translation>Großansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel under the pointer fills the window; again: back</source>
        <translation>Das Feld unter dem Mauszeiger füllt das Fenster; nochmal: zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the panel under the pointer fills the window (again: back)</source>
        <translation>Großansicht: das Feld unter dem Mauszeiger füllt das Fenster (nochmal: zurück)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Back from the spotlight</source>
        <translation>Zurück aus der Großansicht</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The whole layout again</source>
        <translation>Wieder die ganze Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show {tab}</source>
        <translation>{tab} zeigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MNIST Visualizer</source>
        <translation>Über MNIST Visualizer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the built-in lesson</source>
        <translation>Eingebaute Lektion starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text, step by step: from random weights to a convolution</source>
        <translation>Der Kurstext Schritt für Schritt: von zufälligen Gewichten bis zur Faltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file…</source>
        <translation>Lektionsdatei öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson written as a TOML or JSON file</source>
        <translation>Eine Lektion als TOML- oder JSON-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s next step</source>
        <translation>Der nächste Schritt der Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: next step</source>
        <translation>Lektion: nächster Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s previous step</source>
        <translation>Der vorherige Schritt der Lektion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: previous step</source>
        <translation>Lektion: vorheriger Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Leave the lesson</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave the lesson here and keep working</source>
        <translation>Lektion hier verlassen und weiterarbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
</context>
<context>
    <name>AnimationRecorder</name>
    <message>
        <location filename="../../visualizer/recording.py" line="+43"/>
        <source>cannot write an animation as &apos;{name}&apos;: use {known}</source>
        <translation>Animation kann nicht als „{name}“ geschrieben werden: {known} verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the animation</source>
        <translation>die Animation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MP4 needs imageio and imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, or save as .gif or .webp</source>
        <translation>MP4 braucht imageio und imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, oder als .gif oder .webp speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP animation (*.webp)</source>
        <translation>WebP-Animation (*.webp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write {path}: {problem}</source>
        <translation>{path} kann nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Recording {seconds} s of the window…</source>
        <translation>{seconds} s des Fensters werden aufgenommen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation</source>
        <translation>Animation aufnehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {file}…</source>
        <translation>{file} wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>ClassGallery</name>
    <message>
        <location filename="../../visualizer/class_gallery.py" line="+138"/>
        <source>No class digits yet: accept some from the queue.</source>
        <translation>Noch keine Klassenziffern: einige aus der Warteschlange annehmen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn as {label}, read as {answer} (a check digit: never trained on)</source>
        <translation>gezeichnet als {label}, gelesen als {answer} (eine Prüfziffer: nie trainiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawn as {label}, read as {answer}</source>
        <translation>gezeichnet als {label}, gelesen als {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network reads {right} of {total} right ({share}); {check} kept only to check on.</source>
        <translation>Das Netz liest {right} von {total} richtig ({share}); {check} nur zum Prüfen behalten.</translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../visualizer/collect_panel.py" line="+30"/>
        <source>Collect digits from phones</source>
        <translation>Ziffern von Handys sammeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to draw a digit</source>
        <translation>Mit der Handykamera scannen und eine Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or open {url}</source>
        <translation>oder {url} öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must be on the same Wi-Fi as this computer.</source>
        <translation>Die Handys müssen im selben WLAN sein wie dieser Computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting is stopped: phones cannot send digits.</source>
        <translation>Sammeln ist gestoppt: Handys können keine Ziffern senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting</source>
        <translation>Sammeln starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting</source>
        <translation>Sammeln stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting ({n})</source>
        <translation>Warteschlange ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class digits ({n})</source>
        <translation>Klassenziffern ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (A)</source>
        <translation>Annehmen (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Ablehnen (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all (Shift+A)</source>
        <translation>Alle annehmen (Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every digit as it arrives</source>
        <translation>Jede Ziffer gleich annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits waiting. They appear here as phones send them.</source>
        <translation>Keine Ziffern in der Warteschlange. Sie erscheinen hier, sobald Handys sie senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class has: {counts}</source>
        <translation>Die Klasse hat: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot collect: {problem}</source>
        <translation>Sammeln nicht möglich: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in another folder…</source>
        <translation>In einem anderen Ordner aufbewahren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a class&apos;s digits kept on another day (a new folder starts an empty set)</source>
        <translation>Ziffern einer Klasse von einem anderen Tag öffnen (ein neuer Ordner beginnt leer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add digits from a folder…</source>
        <translation>Ziffern aus einem Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the digits of another class-digits folder to these</source>
        <translation>Die Ziffern eines anderen Klassenziffern-Ordners zu diesen hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all {n} of the class&apos;s digits from {folder}?</source>
        <translation>Alle {n} Ziffern der Klasse aus {folder} löschen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in {folder}</source>
        <translation>Gespeichert in {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot use {folder}: {problem}</source>
        <translation>{folder} kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the class&apos;s digits:</source>
        <translation>Mit den Klassenziffern trainieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the examples</source>
        <translation>&#xa0;% der Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training examples drawn from the class&apos;s digits (its check digits are never trained on: the accuracy chart shows how well the network reads them)</source>
        <translation>Anteil der Trainingsbeispiele aus den Klassenziffern (ihre Prüfziffern werden nie trainiert: das Genauigkeitsdiagramm zeigt, wie gut das Netz sie liest)</translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="+255"/>
        <source>cannot save the class&apos;s digits in {folder}: {problem}</source>
        <translation>Klassenziffern können nicht in {folder} gespeichert werden: {problem}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../visualizer/controls.py" line="+26"/>
        <source>full speed</source>
        <translation>max. Tempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 update/s</source>
        <translation>1 Update/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} updates/s</source>
        <translation>{rate} Updates/s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>learning rate λ: W ← W − λ ∂L/∂W</source>
        <translation>Lernrate λ: W ← W − λ ∂L/∂W</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples per update; 1 = one example at a time (the guide&apos;s)</source>
        <translation>Beispiele pro Update; 1 = ein Beispiel nach dem anderen (wie im Kurstext)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full speed, or slow motion that a class can follow</source>
        <translation>volle Geschwindigkeit oder Zeitlupe, der eine Klasse folgen kann</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guide&apos;s one layer, or one hidden layer: changing it starts a new run</source>
        <translation>eine Schicht wie im Kurstext oder eine verborgene Schicht: eine Änderung startet einen neuen Lauf</translation>
    </message>
</context>
<context>
    <name>ConvolutionExample</name>
    <message>
        <location filename="../../visualizer/conv_example.py" line="+543"/>
        <source>Forward pass&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</source>
        <translation>Vorwärtsdurchlauf&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>δ = ∂L/∂b = p − y&lt;br&gt;red: p&lt;sub&gt;j&lt;/sub&gt; too high&lt;br&gt;blue: too low</source>
        <translation>δ = ∂L/∂b = p − y&lt;br&gt;rot: p&lt;sub&gt;j&lt;/sub&gt; zu hoch&lt;br&gt;blau: zu niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step of gradient descent&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</source>
        <translation>Ein Schritt des Gradientenabstiegs&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</translation>
    </message>
</context>
<context>
    <name>ConvolutionExampleView</name>
    <message>
        <location line="-514"/>
        <source>hover over a feature map to see one position&apos;s arithmetic; click to keep it</source>
        <translation>Maus über eine Merkmalskarte: die Rechnung an einer Stelle; Klick hält sie fest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch x</source>
        <translation>Ausschnitt x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel K</source>
        <translation>Kern K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product x·K</source>
        <translation>Produkt x·K</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>x, the patch</source>
        <translation>x, der Ausschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch, K, x·K</source>
        <translation>Ausschnitt, K, x·K</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (gepoolt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; from block 2 (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; aus Block 2 (gepoolt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;r&lt;/sub&gt;: to each max</source>
        <translation>δ&lt;sub&gt;r&lt;/sub&gt;: zu jedem Maximum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ΔK = K&lt;sub&gt;after&lt;/sub&gt; − K&lt;sub&gt;before&lt;/sub&gt;</source>
        <translation>ΔK = K&lt;sub&gt;nachher&lt;/sub&gt; − K&lt;sub&gt;vorher&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</source>
        <translation>Block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (a row per filter)</source>
        <translation>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (eine Zeile pro Filter)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feature maps r</source>
        <translation>Merkmalskarten r</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>patch, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</source>
        <translation>Ausschnitt, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its max</source>
        <translation>sein Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x·K at map {map}, ({row}, {column})</source>
        <translation>x·K auf Karte {map}, ({row}, {column})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in no 2×2 window: not pooled</source>
        <translation>in keinem 2×2-Fenster: nicht gepoolt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2×2 window: {values}</source>
        <translation>2×2-Fenster: {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q = its max = {value}</source>
        <translation>q = sein Maximum = {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r is it: feeds l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</source>
        <translation>r ist es: speist l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r is not: feeds nothing, δ = 0</source>
        <translation>r ist es nicht: speist nichts, δ = 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>row {row}, col {column}</source>
        <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x at {where} = {value}</source>
        <translation>x bei {where} = {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} at {where} = {value}</source>
        <translation>{name} bei {where} = {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>filter {filter}, {where}: {name} = {value}</source>
        <translation>Filter {filter}, {where}: {name} = {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>block-2 filter {filter}, {where}: {name} = {value}</source>
        <translation>Block-2-Filter {filter}, {where}: {name} = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block-2 filter {filter}, on map {map}, {where}: ∂L/∂K2 = {value}</source>
        <translation>Block-2-Filter {filter}, auf Karte {map}, {where}: ∂L/∂K2 = {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One step asked for: waiting for the new weights…</source>
        <translation>Ein Schritt angefordert: Warten auf die neuen Gewichte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press &lt;b&gt;Apply one gradient step&lt;/b&gt;:&lt;br&gt;this example&apos;s step,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;and what it changed, here.</source>
        <translation>&lt;b&gt;Gradientenschritt anwenden&lt;/b&gt; drücken:&lt;br&gt;der Schritt dieses Beispiels,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;und was er hier geändert hat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One step, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;largest |ΔK| = {largest_K}&lt;br&gt;largest |Δc| = {largest_c}</source>
        <translation>Ein Schritt, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;größtes |ΔK| = {largest_K}&lt;br&gt;größtes |Δc| = {largest_c}</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+127"/>
        <source>Filters {K} ({k}×{k})</source>
        <translation>Filter {K} ({k}×{k})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each filter on its own colour scale (its largest |weight| at the ends); a filter&apos;s feature map is large where the ink under it looks like its picture: a = x ⋆ K + c</source>
        <translation>jeder Filter auf seiner eigenen Farbskala (sein größtes |Gewicht| an den Enden); die Merkmalskarte eines Filters ist groß, wo die Tinte darunter wie sein Bild aussieht: a = x ⋆ K + c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filters {K}</source>
        <translation>Filter {K}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters K2: {count}, each {maps} × {k}×{k}</source>
        <translation>Filter K2: {count}, je {maps} × {k}×{k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each block-2 filter is {maps} kernels, one per feature map of block 1 (tiles in the order of the filters of K1)</source>
        <translation>jeder Block-2-Filter besteht aus {maps} Kernen, einer pro Merkmalskarte von Block 1 (Kacheln in der Reihenfolge der Filter von K1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filters K2</source>
        <translation>Filter K2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W per digit, on the pooled maps</source>
        <translation>W pro Ziffer, auf den gepoolten Karten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where a digit wants that filter to fire, blue where it must not</source>
        <translation>eine {side}×{side}-Kachel pro Filter; l_j = Σ q_i w_ij + b_j: rot, wo eine Ziffer diesen Filter feuern lassen will, blau, wo er nicht darf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W per digit</source>
        <translation>W pro Ziffer</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>which of the convolution&apos;s weights to show first where they do not all fit side by side (the spotlight shows them all)</source>
        <translation>welche Gewichte der Faltung zuerst zeigen, wo nicht alle nebeneinander passen (die Großansicht zeigt alle)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>filter {filter}, weight (row {row}, col {column}):  K = {value}   (its colour scale: ±{scale})</source>
        <translation>Filter {filter}, Gewicht (Zeile {row}, Spalte {column}):  K = {value}   (seine Farbskala: ±{scale})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}   (its colour scale: ±{scale})</source>
        <translation>Block-2-Filter {filter}, auf Karte {map}, Gewicht (Zeile {row}, Spalte {column}):  K2 = {value}   (seine Farbskala: ±{scale})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>digit {digit}, filter {filter}&apos;s pooled map at (row {row}, col {column}):  w = {value}</source>
        <translation>Ziffer {digit}, gepoolte Karte von Filter {filter} bei (Zeile {row}, Spalte {column}):  w = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>,  q = {q} for the drawing,  q w = {product}</source>
        <translation>,  q = {q} für die Zeichnung,  q w = {product}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data.py" line="+54"/>
        <source>{path}: file not found (nor {stem} uncompressed)</source>
        <translation>{path}: Datei nicht gefunden (auch nicht {stem} unkomprimiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a gzip file (bad header)</source>
        <translation>{path}: keine gzip-Datei (falscher Header)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: corrupt gzip data ({problem})</source>
        <translation>{path}: beschädigte gzip-Daten ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: uncompressed size exceeds {most} bytes</source>
        <translation>{path}: unkomprimierte Größe übersteigt {most} Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: gzip data is truncated</source>
        <translation>{path}: gzip-Daten sind abgeschnitten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: unexpected data after the gzip stream</source>
        <translation>{path}: unerwartete Daten nach dem gzip-Strom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {size} bytes is too short for an IDX header</source>
        <translation>{path}: {size} Bytes sind zu kurz für einen IDX-Header</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: wrong magic number {magic} (expected {expected}: unsigned bytes in {ndim} dimensions)</source>
        <translation>{path}: falsche magische Zahl {magic} (erwartet {expected}: vorzeichenlose Bytes in {ndim} Dimensionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file truncated: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}: Datei abgeschnitten: laut Header {shape} ({expected} Bytes), enthält aber {size} Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file has trailing bytes: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}: Datei hat überzählige Bytes: laut Header {shape} ({expected} Bytes), enthält aber {size} Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: images are {height}x{width}, expected 28x28</source>
        <translation>{path}: Bilder sind {height}x{width}, erwartet 28x28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds no images</source>
        <translation>{path}: enthält keine Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: label {label} at index {index} is outside 0-9</source>
        <translation>{path}: Label {label} bei Index {index} liegt nicht in 0–9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {labels} labels but {images_file} holds {images} images</source>
        <translation>{path}: {labels} Labels, aber {images_file} enthält {images} Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a folder</source>
        <translation>{path}: kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}: kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: has {names} names, expected 10</source>
        <translation>{path}: hat {names} Namen, erwartet 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IDX file</source>
        <translation>eine IDX-Datei</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../visualizer/canvas.py" line="+50"/>
        <source>Draw a digit: left button draws, right button erases, C clears</source>
        <translation>Ziffer zeichnen: linke Taste zeichnet, rechte Taste radiert, C leert</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>draw a digit here</source>
        <translation>Hier zeichnen</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../visualizer/example_panel.py" line="+31"/>
        <source>Draw a digit on the canvas, or pick a test image,
to see every number the network computes for it:
logits, probabilities, the loss, and one gradient step.</source>
        <translation>Eine Ziffer auf die Zeichenfläche zeichnen oder ein Testbild wählen,
um jede Zahl zu sehen, die das Netz dafür berechnet:
Logits, Wahrscheinlichkeiten, den Verlust und einen Gradientenschritt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights are not finite numbers (training diverged).
Reset the weights to look inside an example again.</source>
        <translation>Die Gewichte sind keine endlichen Zahlen (Training divergiert).
Gewichte zurücksetzen, um wieder in ein Beispiel zu schauen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the network&apos;s weights…</source>
        <translation>Warten auf die Gewichte des Netzes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction (default)</source>
        <translation>Vorhersage (Standard)</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+20"/>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the true label y: which digit the network should have said</source>
        <translation>die richtige Ziffer y: welche Ziffer das Netz hätte sagen sollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label y:</source>
        <translation>richtige Ziffer y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss L = −log p&lt;sub&gt;y&lt;/sub&gt; =</source>
        <translation>Verlust L = −log p&lt;sub&gt;y&lt;/sub&gt; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply this example&apos;s gradient to the live network, once</source>
        <translation>den Gradienten dieses Beispiels einmal auf das laufende Netz anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover over a map to read its pixels</source>
        <translation>Maus über eine Karte: ihre Pixel ablesen</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Apply one gradient step (λ = {rate})</source>
        <translation>Gradientenschritt anwenden (λ = {rate})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>y = {label} (the prediction),  p_y = {probability}</source>
        <translation>y = {label} (die Vorhersage),  p_y = {probability}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {label} (chosen),  p_y = {probability}</source>
        <translation>y = {label} (gewählt),  p_y = {probability}</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+14"/>
        <source>each map is one filter&apos;s response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window</source>
        <translation>jede Karte ist die Antwort eines Filters auf die Zeichnung: r = max(0, x ⋆ K + c), dann das Größte jedes 2×2-Fensters</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pooled</source>
        <translation>gepoolt</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../visualizer/files.py" line="+65"/>
        <source>Open a folder of the four IDX files</source>
        <translation>Einen Ordner mit den vier IDX-Dateien öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this dataset</source>
        <translation>Dieser Datensatz kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Still training on {dataset}.</source>
        <translation>{problem}

Training läuft weiter mit {dataset}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load weights</source>
        <translation>Gewichte laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Weights (*.npz)</source>
        <translation>Gewichte (*.npz)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot load these weights</source>
        <translation>Diese Gewichte können nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

The current weights are kept.</source>
        <translation>{problem}

Die aktuellen Gewichte bleiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded {network} weights from {path}</source>
        <translation>Gewichte ({network}) aus {path} geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save weights</source>
        <translation>Gewichte speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the weights</source>
        <translation>Die Gewichte können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights saved to {path}</source>
        <translation>Gewichte in {path} gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export pictures and metrics to a folder</source>
        <translation>Bilder und Messwerte in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {files} to {folder}</source>
        <translation>{files} nach {folder} exportiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record 10 s of the window as an animation</source>
        <translation>10 s des Fensters als Animation aufnehmen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded {frames} frames ({seconds} s) to {path}</source>
        <translation>{frames} Bilder ({seconds} s) in {path} aufgenommen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the animation</source>
        <translation>Die Animation kann nicht aufgenommen werden</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../core/files.py" line="+14"/>
        <source>{path}: file not found</source>
        <translation>{path}: Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: ist ein Ordner, nicht {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}: kann nicht gelesen werden ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder; give a file name for {what}</source>
        <translation>{path}: ist ein Ordner; einen Dateinamen für {what} angeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder {folder}, so {what} cannot be saved there</source>
        <translation>{path}: Ordner {folder} existiert nicht, also kann {what} dort nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not allowed to write there, so {what} cannot be saved</source>
        <translation>{path}: dort darf nicht geschrieben werden, also kann {what} nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../visualizer/actions.py" line="-334"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press any key or click to close</source>
        <translation>Zum Schließen eine Taste drücken oder klicken</translation>
    </message>
</context>
<context>
    <name>HiddenActivity</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="+320"/>
        <source>hidden units</source>
        <translation>Neuronen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden units&lt;br&gt;{hidden}</source>
        <translation>Neuronen&lt;br&gt;{hidden}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units firing&lt;br&gt;{firing} of {hidden}</source>
        <translation>aktiv&lt;br&gt;{firing} von {hidden}</translation>
    </message>
</context>
<context>
    <name>HiddenLayerExample</name>
    <message>
        <location line="+17"/>
        <source>Forward pass&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>Vorwärtsdurchlauf&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (rot: p&lt;sub&gt;j&lt;/sub&gt; zu hoch, blau: zu niedrig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step, both layers&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</source>
        <translation>Ein Schritt, beide Schichten&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), for the units this example moves most (a step adds −{lr} × this); titles δ1&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), für die Neuronen, die dieses Beispiel am meisten bewegt (ein Schritt addiert −{lr} × dies); Titel δ1&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What those units see: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (red: ink that makes unit k fire); titles k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation>Was diese Neuronen sehen: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (rot: Tinte, die Neuron k feuern lässt); Titel k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit {unit}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>Neuron {unit}, Pixel (Zeile {row}, Spalte {col}):  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location line="-336"/>
        <source>all {hidden}, most influential first</source>
        <translation>alle {hidden}, einflussreichste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} most influential</source>
        <translation>{page} einflussreichste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units {first}–{last}</source>
        <translation>Neuronen {first}–{last}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>which hidden units to show: the most influential (largest outgoing weights) or a page of them by number</source>
        <translation>welche verborgenen Neuronen zeigen: die einflussreichsten (größte ausgehende Gewichte) oder eine Seite nach Nummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the {hidden} hidden units look for</source>
        <translation>Wonach {hidden} Neuronen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each map is one unit&apos;s 784 incoming weights, a column of W1</source>
        <translation>jede Karte sind die 784 Eingangsgewichte eines Neurons, eine Spalte von W1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>,  h = {h} for the drawing</source>
        <translation>,  h = {h} für die Zeichnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}</source>
        <translation>Neuron {unit}: Pixel (Zeile {row}, Spalte {col})  w1 = {weight}{fired}</translation>
    </message>
</context>
<context>
    <name>LessonCaption</name>
    <message>
        <location filename="../../visualizer/lesson_player.py" line="+115"/>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>Lektion verlassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {step} of {steps} · getting it ready…</source>
        <translation>Schritt {step} von {steps} · wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} of {steps}</source>
        <translation>Schritt {step} von {steps}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location line="+105"/>
        <source>{file}: the lesson&apos;s steps could not be computed: {problem}</source>
        <translation>{file}: die Schritte der Lektion konnten nicht berechnet werden: {problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot open this lesson</source>
        <translation>Diese Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a lesson</source>
        <translation>Eine Lektion öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml *.json)</source>
        <translation>Lektionen (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lesson&apos;s translation has problems</source>
        <translation>Die Übersetzung der Lektion hat Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson is shown in English.</source>
        <translation>Die Lektion wird auf Englisch gezeigt.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{file}, step {step} (&quot;{title}&quot;): {problem}</source>
        <translation>{file}, Schritt {step} („{title}“): {problem}</translation>
    </message>
</context>
<context>
    <name>LiveDisplay</name>
    <message>
        <location filename="../../visualizer/frames.py" line="+126"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {rate} examples/s</source>
        <translation> · {rate} Beispiele/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · updates {updates}{rate} · learning rate {learning_rate} · batch size {batch_size}</source>
        <translation>{state} · {examples} Beispiele gesehen · Epoche {epoch} ({done} von {total}) · {updates} Updates{rate} · Lernrate {learning_rate} · Batchgröße {batch_size}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualizer/window.py" line="+146"/>
        <source>batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Learning</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside one example</source>
        <translation>Ein Beispiel im Detail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set explorer</source>
        <translation>Testdaten-Explorer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch a network learn {dataset}</source>
        <translation>Ein Netz lernt {dataset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Etwas zeichnen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Draw a digit first</source>
        <translation>Zuerst eine Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the class digits as {label}, to train on</source>
        <translation>Zu den Klassenziffern hinzugefügt als {label}, zum Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the class digits as {label}, to check on</source>
        <translation>Zu den Klassenziffern hinzugefügt als {label}, zum Prüfen</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>test image {index} (label {label}) on the canvas</source>
        <translation>Testbild {index} (Label {label}) auf der Zeichenfläche</translation>
    </message>
</context>
<context>
    <name>MapMosaic</name>
    <message>
        <location filename="../../visualizer/mosaic.py" line="+371"/>
        <source>map {number}</source>
        <translation>Karte {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: pixel (row {row}, col {column})  {value}</source>
        <translation>{title}: Pixel (Zeile {row}, Spalte {column})  {value}</translation>
    </message>
</context>
<context>
    <name>MetricsPlots</name>
    <message>
        <location filename="../../visualizer/plots.py" line="+24"/>
        <source>examples seen</source>
        <translation>gesehene Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+33"/>
        <source>training loss</source>
        <translation>Trainings­verlust</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>training accuracy</source>
        <translation>Trainings­genauigkeit</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>test accuracy</source>
        <translation>Test­genauigkeit</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>earlier runs</source>
        <translation>frühere Läufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class&apos;s check digits</source>
        <translation>Prüfziffern der Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digits</source>
        <translation>Prüfziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {number}: {label}</source>
        <translation>Lauf {number}: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each update</source>
        <translation>jedes Update</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>smoothed</source>
        <translation>geglättet</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training (this epoch)</source>
        <translation>Training (diese Epoche)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>λ {rate}: blew up</source>
        <translation>λ {rate}: explodiert</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>epoch {number}</source>
        <translation>Epoche {number}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../core/networks/convolution.py" line="+324"/>
        <source>conv {filters} {kernel}×{kernel}</source>
        <translation>Faltung {filters} {kernel}×{kernel}</translation>
    </message>
    <message>
        <location filename="../../core/networks/hidden_layer.py" line="+122"/>
        <source>hidden {units} {activation}</source>
        <translation>verborgen {units} {activation}</translation>
    </message>
    <message>
        <location filename="../../core/networks/one_layer.py" line="+51"/>
        <source>one layer</source>
        <translation>eine Schicht</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../visualizer/translation.py" line="+120"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>OneLayerExample</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="+63"/>
        <source>Forward pass&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>Vorwärtsdurchlauf&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (rot: p&lt;sub&gt;j&lt;/sub&gt; zu hoch, blau: zu niedrig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step of gradient descent&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Ein Schritt des Gradientenabstiegs&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); a step adds −λ × this = −{lr} × this to W; titles p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); ein Schritt addiert −λ × dies = −{lr} × dies zu W; Titel p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (red: for digit j, blue: against); titles Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Beleg w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (rot: für Ziffer j, blau: dagegen); Titel Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digit {name}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>Ziffer {name}, Pixel (Zeile {row}, Spalte {col}):  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>OutputWeights</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="-175"/>
        <source>a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j</source>
        <translation>eine Zeile pro Ziffer, eine Spalte pro verborgenem Neuron: l_j = Σ_k h_k w2_kj + b2_j</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unit {unit} → {name}:  w2 = {weight}</source>
        <translation>Neuron {unit} → {name}:  w2 = {weight}</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="-214"/>
        <source>Draw a digit</source>
        <translation>Zeichne eine Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a {digit}</source>
        <translation>Zeichne eine {digit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing pad</source>
        <translation>Zeichenblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which digit you drew</source>
        <translation>welche Ziffer du gezeichnet hast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drew another digit? Tap it above.</source>
        <translation>Andere Ziffer gezeichnet? Tippe sie oben an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you! Your digit is with the teacher. Draw another?</source>
        <translation>Danke! Deine Ziffer ist bei der Lehrkraft. Zeichnest du noch eine?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit first.</source>
        <translation>Zeichne zuerst eine Ziffer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the teacher&apos;s computer. Try again.</source>
        <translation>Der Computer der Lehrkraft ist nicht erreichbar. Versuch es nochmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found. Scan the code on the screen again.</source>
        <translation>Nicht gefunden. Scanne den Code auf dem Bildschirm nochmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is from an earlier lesson. Scan the code on the screen again.</source>
        <translation>Diese Adresse ist von einer früheren Lektion. Scanne den Code auf dem Bildschirm nochmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow down a little, please: try again in a second.</source>
        <translation>Etwas langsamer, bitte: versuch es in einer Sekunde nochmal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drawing is too big to send.</source>
        <translation>Diese Zeichnung ist zu groß zum Senden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not a drawing (not JSON).</source>
        <translation>Das war keine Zeichnung (kein JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher has many drawings to look at. Try again in a minute.</source>
        <translation>Die Lehrkraft hat viele Zeichnungen anzuschauen. Versuch es in einer Minute nochmal.</translation>
    </message>
</context>
<context>
    <name>PreprocessingSteps</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="+216"/>
        <source>Naive input (whole canvas)</source>
        <translation>Naive Eingabe (ganze Zeichenfläche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed the network the whole canvas averaged to 28×28, without MNIST&apos;s recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters</source>
        <translation>Dem Netz die ganze Zeichenfläche auf 28×28 gemittelt geben, ohne das MNIST-Rezept (kein Zuschneiden, kein 20×20-Einpassen, kein Zentrieren), um zu sehen, warum das Rezept zählt</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visualizer/probabilities.py" line="+144"/>
        <source>probability p&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Wahrsch. p&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draw a digit</source>
        <translation>Ziffer zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw something</source>
        <translation>etwas zeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} sure</source>
        <translation>{percent} sicher</translation>
    </message>
</context>
<context>
    <name>ProcessTrainingController</name>
    <message>
        <location filename="../../visualizer/worker.py" line="+265"/>
        <source>it would not end</source>
        <translation>er ließ sich nicht beenden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was killed by signal {signal}</source>
        <translation>er wurde durch Signal {signal} beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {code}</source>
        <translation>Exit-Code {code}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a command could not be sent to the training process: {problem}</source>
        <translation>ein Befehl konnte nicht an den Trainingsprozess gesendet werden: {problem}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>training could not start: {problem}</source>
        <translation>Training konnte nicht starten: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the training process stopped unexpectedly ({exit})</source>
        <translation>der Trainingsprozess hat unerwartet aufgehört ({exit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training process stopped unexpectedly ({exit}), in the middle of a message</source>
        <translation>der Trainingsprozess hat unerwartet aufgehört ({exit}), mitten in einer Nachricht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pipe from the training process broke: it sent something that is not one of its messages ({problem}), so it was stopped</source>
        <translation>die Verbindung zum Trainingsprozess ist abgebrochen: er sendete etwas, das keine seiner Nachrichten ist ({problem}), daher wurde er gestoppt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> What it printed last: {words}</source>
        <translation> Zuletzt ausgegeben: {words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}, {times} times; restart the app to train again.{said}</source>
        <translation>{what}, {times}-mal; App neu starten, um wieder zu trainieren.{said}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}, and could not be started again: {problem}.{said}</source>
        <translation>{what}, und konnte nicht neu gestartet werden: {problem}.{said}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}; it was started again from the last weights, paused, at {examples} examples seen: press Start to go on.{said}</source>
        <translation>{what}; er wurde mit den letzten Gewichten neu gestartet, pausiert, bei {examples} gesehenen Beispielen: „Start“ drücken, um weiterzumachen.{said}</translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../../core/runs.py" line="+19"/>
        <source>{network}, λ {rates}, batch {batches}</source>
        <translation>{network}, λ {rates}, Batch {batches}</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <location filename="../../visualizer/spotlight.py" line="+60"/>
        <source>Back to the whole layout (F or Esc)</source>
        <translation>Zurück zur ganzen Ansicht (F oder Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: this panel fills the window (F; F or Esc: back)</source>
        <translation>Großansicht: dieses Feld füllt das Fenster (F; F oder Esc: zurück)</translation>
    </message>
</context>
<context>
    <name>StartZoom</name>
    <message>
        <location filename="../../visualizer/plots.py" line="-77"/>
        <source>first {count}</source>
        <translation>erste {count}</translation>
    </message>
</context>
<context>
    <name>StepsStrip</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="-197"/>
        <source>ink + box</source>
        <translation>Tinte + Rahmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fit 20×20</source>
        <translation>auf 20×20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centred 28×28</source>
        <translation>zentriert 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ink</source>
        <translation>Tinte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive 28×28</source>
        <translation>naiv 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no box, no 20×20 fit, no centring</source>
        <translation>kein Rahmen, kein 20×20, kein Zentrieren</translation>
    </message>
</context>
<context>
    <name>TestSetExplorer</name>
    <message>
        <location filename="../../visualizer/explorer.py" line="+75"/>
        <source>true {true}
→ {predicted} ({confidence})</source>
        <translation>richtig: {true}
→ {predicted} ({confidence})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation>richtig: {true} → {predicted} ({confidence})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>colour: number of mistakes (log scale) · blue diagonal: right answers
click a cell to see its images</source>
        <translation>Farbe: Anzahl der Fehler (log. Skala) · blaue Diagonale: richtige Antworten
auf eine Zelle klicken, um ihre Bilder zu sehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All mistakes</source>
        <translation>Alle Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every mistake, most confident first</source>
        <translation>Zurück zu allen Fehlern, sicherste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on canvas</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected test image on the canvas (or double-click it)</source>
        <translation>Das gewählte Testbild auf die Zeichenfläche bringen (oder doppelklicken)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+225"/>
        <source>true label</source>
        <translation>richtige Ziffer</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{count} test images: no weights yet</source>
        <translation>{count} Testbilder: noch keine Gewichte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set: {accuracy} right ({right} of {count})</source>
        <translation>Testdaten: {accuracy} richtig ({right} von {count})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>showing the first {shown} of {count} · double-click an image to put it on the canvas</source>
        <translation>die ersten {shown} von {count} · Doppelklick auf ein Bild legt es auf die Zeichenfläche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double-click an image to put it on the canvas</source>
        <translation>Doppelklick auf ein Bild legt es auf die Zeichenfläche</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} mistakes, most confident first</source>
        <translation>{count} Fehler, sicherste zuerst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} images of {true} read as {predicted} (right)</source>
        <translation>{count} Bilder von {true}, gelesen als {predicted} (richtig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} images of {true} read as {predicted}</source>
        <translation>{count} Bilder von {true}, gelesen als {predicted}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualizer/theme.py" line="+62"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projector (high contrast)</source>
        <translation>Beamer (hoher Kontrast)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blue-white-red</source>
        <translation>Blau-Weiß-Rot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour-blind safe</source>
        <translation>Farbenblind-sicher</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../visualizer/timeline.py" line="+19"/>
        <source>▶ Replay</source>
        <translation>▶ Wiedergabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop replay</source>
        <translation>■ Wiedergabe stoppen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live · </source>
        <translation>live · </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} examples · test {accuracy}</source>
        <translation>{count} Beispiele · Test {accuracy}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow training as it happens; off: stay on the newest moment</source>
        <translation>Dem Training live folgen; aus: beim neuesten Moment bleiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play back every recorded moment from the start, then go live</source>
        <translation>Jeden aufgezeichneten Moment von Anfang an abspielen, dann live gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag back to see the weights of an earlier moment (← → Page Up/Down)</source>
        <translation>Nach links ziehen, um die Gewichte eines früheren Moments zu sehen (← → Bild auf/ab)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing recorded yet</source>
        <translation>noch nichts aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../core/live/trainer_process.py" line="+47"/>
        <source>the training process could not send a {kind}: {problem}</source>
        <translation>der Trainingsprozess konnte „{kind}“ nicht senden: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a command the training process did not understand: {problem}</source>
        <translation>ein Befehl, den der Trainingsprozess nicht verstand: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipe from the window broke: {problem}</source>
        <translation>die Verbindung vom Fenster ist abgebrochen: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/live/training_loop.py" line="+37"/>
        <source>that step (learning rate {lr}) would blow the weights up, so it was not applied. Try a smaller learning rate.</source>
        <translation>dieser Schritt (Lernrate {lr}) würde die Gewichte explodieren lassen und wurde nicht angewendet. Kleinere Lernrate versuchen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training paused after an error: {error}</source>
        <translation>Training nach einem Fehler pausiert: {error}</translation>
    </message>
    <message>
        <location filename="../../core/training.py" line="+42"/>
        <source>training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the weights blew up, so the last good weights were restored. Try a smaller learning rate: {suggested} works at batch size {batch}.</source>
        <translation>Training divergierte bei Lernrate {lr} (Batchgröße {batch}, {network}): Verlust oder Gewichte explodierten, die letzten guten Gewichte sind wiederhergestellt. Kleinere Lernrate versuchen: {suggested} funktioniert bei Batchgröße {batch}.</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../visualizer/session.py" line="+114"/>
        <source>the previous training thread did not stop in time; it will be stopped when the window closes</source>
        <translation>der vorherige Trainings-Thread hat nicht rechtzeitig gestoppt; er wird beim Schließen des Fensters gestoppt</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a learning rate of {value} is beyond what the app takes: {limit} it is</source>
        <translation>eine Lernrate von {value} ist mehr, als die App annimmt: es gilt {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a batch size of {value} is beyond what the app takes: {limit} it is</source>
        <translation>eine Batchgröße von {value} ist mehr, als die App annimmt: es gilt {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{most} (the training examples)</source>
        <translation>{most} (die Trainingsbeispiele)</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="-58"/>
        <source>Weights: one template per digit</source>
        <translation>Gewichte: Schablone je Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: one template per class</source>
        <translation>Gewichte: eine Schablone pro Klasse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: pixel (row {row}, col {col})  w = {weight}</source>
        <translation>{name}: Pixel (Zeile {row}, Spalte {col})  w = {weight}</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../../core/model.py" line="+30"/>
        <source>{path}: holds a network with {kind}, not the one-layer W and b</source>
        <translation>{path}: enthält ein Netz mit {kind}, nicht das einschichtige W und b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}missing array {name}</source>
        <translation>{path}: {what}Array {name} fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has shape {shape}, expected {expected}</source>
        <translation>{path}: {what}{name} hat Form {shape}, erwartet {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has dtype {dtype}, expected floating point</source>
        <translation>{path}: {what}{name} hat Datentyp {dtype}, erwartet Gleitkomma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} holds NaN or infinite values</source>
        <translation>{path}: {what}{name} enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation>eine Gewichtsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled data, which is refused</source>
        <translation>{path}: enthält gepickelte Daten, die abgelehnt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a single .npy array, expected an .npz archive of weights</source>
        <translation>{path}: ein einzelnes .npy-Array, erwartet ein .npz-Archiv mit Gewichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not an .npz weights file (no zip header)</source>
        <translation>{path}: keine .npz-Gewichtsdatei (kein Zip-Header)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled objects, which are refused</source>
        <translation>{path}: enthält gepickelte Objekte, die abgelehnt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a readable .npz weights file ({problem})</source>
        <translation>{path}: keine lesbare .npz-Gewichtsdatei ({problem})</translation>
    </message>
</context>
</TS>
