<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../visualizer/about.py" line="+20"/>
        <source>unknown (not installed)</source>
        <translation>version inconnue (non installé)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</source>
        <translation>Regardez un réseau apprendre à lire des chiffres manuscrits, en direct, et dessinez-lui des chiffres à lire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network</source>
        <translation>Le réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text&apos;s one fully-connected layer: for an image &lt;i&gt;x&lt;/i&gt; of 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
cross-entropy {loss},&lt;br&gt;
trained by gradient descent with {gradients},
one example at a time or in mini-batches.</source>
        <translation>La couche unique entièrement connectée du cours&#xa0;: pour une image &lt;i&gt;x&lt;/i&gt; de 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
entropie croisée {loss},&lt;br&gt;
entraînée par descente de gradient avec {gradients},
un exemple à la fois ou par mini-lots.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hidden-layer option, the text&apos;s next step: {hidden}, {logits}
({f}: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</source>
        <translation>L’option couche cachée, l’étape suivante du cours&#xa0;: {hidden}, {logits}
({f}&#xa0;: ReLU ou la sigmoïde logistique), ses gradients par la même règle de dérivation en chaîne, remontée d’une couche
en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&amp;times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</source>
        <translation>La base MNIST de chiffres manuscrits, de Yann LeCun, Corinna Cortes et Christopher J.C.
Burges&#xa0;: 60&#xa0;000 images d’entraînement et 10&#xa0;000 images de test de 28&amp;times;28 pixels, fournies avec le logiciel et
mises à disposition selon les termes de la licence Creative Commons Attribution - Partage dans les mêmes conditions 3.0
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
        <translation>Licence MIT. Réalisé avec Qt for Python (PySide6), pyqtgraph, NumPy et Pillow.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About MNIST Visualizer</source>
        <translation>À propos de MNIST Visualizer</translation>
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
        <translation>▶ Lancer</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start or pause training</source>
        <translation>Lancer ou mettre en pause l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause training</source>
        <translation>Lancer / mettre en pause l’entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Un pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update, then pause</source>
        <translation>Un pas, puis pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update (a step of gradient descent)</source>
        <translation>Un pas (de descente de gradient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh random weights, back to the start</source>
        <translation>Nouveaux poids aléatoires, retour au début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: fresh random weights</source>
        <translation>Réinitialiser&#xa0;: nouveaux poids aléatoires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear canvas</source>
        <translation>Effacer la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thicker brush</source>
        <translation>Pinceau plus épais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinner brush</source>
        <translation>Pinceau plus fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dataset folder…</source>
        <translation>Ouvrir un dossier de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of the four IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation>Tout dossier contenant les quatre fichiers IDX (MNIST, Fashion-MNIST, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load weights…</source>
        <translation>Charger des poids…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save weights…</source>
        <translation>Enregistrer les poids…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export pictures and metrics…</source>
        <translation>Exporter les images et les mesures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmaps and plots as PNG, metrics as CSV</source>
        <translation>Cartes de chaleur et courbes en PNG, mesures en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation…</source>
        <translation>Enregistrer une animation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 s of the window as an animated GIF, WebP or MP4, for slides</source>
        <translation>10 s de la fenêtre en GIF animé, WebP ou MP4, pour des diapositives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collect digits from phones…</source>
        <translation>Recueillir des chiffres par téléphone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class draws digits on their phones; you choose which the network sees</source>
        <translation>La classe dessine des chiffres sur les téléphones&#xa0;; vous choisissez ceux que voit le réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the drawing to the class digits as</source>
        <translation>Ajouter le dessin aux chiffres de la classe comme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear earlier runs</source>
        <translation>Effacer les essais précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the faint curves of earlier runs from the plots</source>
        <translation>Retirer des graphiques les courbes pâles des essais précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the earlier runs&apos; faint curves</source>
        <translation>Effacer les courbes pâles des essais précédents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Mode présentation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, projector colours</source>
        <translation>Plein écran, gros caractères, couleurs pour vidéoprojecteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch theme</source>
        <translation>Changer de thème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal or high-contrast projector theme</source>
        <translation>Thème normal ou projecteur à contraste élevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight colours</source>
        <translation>Couleurs des poids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch weight colours</source>
        <translation>Changer les couleurs des poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-red or colour-blind-safe colours</source>
        <translation>Couleurs bleu-rouge ou adaptées aux daltoniens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full colour range</source>
        <translation>Échelle de couleurs complète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour scales to the largest weight, not the 99th percentile</source>
        <translation>Échelle de couleurs jusqu’au plus grand poids, pas au 99e centile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours to the largest |value| (else the 99th percentile)</source>
        <translation>Couleurs jusqu’à la plus grande |valeur| (sinon le 99e centile)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spotlight</source>
        <translation>Gros plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel under the pointer fills the window; again: back</source>
        <translation>Le panneau sous le pointeur remplit la fenêtre&#xa0;; à nouveau&#xa0;: retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the panel under the pointer fills the window (again: back)</source>
        <translation>Gros plan&#xa0;: le panneau sous le pointeur remplit la fenêtre (à nouveau&#xa0;: retour)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Back from the spotlight</source>
        <translation>Quitter le gros plan</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The whole layout again</source>
        <translation>Revenir à la vue d’ensemble</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show {tab}</source>
        <translation>Afficher «&#xa0;{tab}&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Leçon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MNIST Visualizer</source>
        <translation>À propos de MNIST Visualizer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the built-in lesson</source>
        <translation>Démarrer la leçon intégrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text, step by step: from random weights to a convolution</source>
        <translation>Le cours, étape par étape&#xa0;: des poids aléatoires à une convolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file…</source>
        <translation>Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson written as a TOML or JSON file</source>
        <translation>Une leçon écrite dans un fichier TOML ou JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s next step</source>
        <translation>L’étape suivante de la leçon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: next step</source>
        <translation>Leçon&#xa0;: étape suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s previous step</source>
        <translation>L’étape précédente de la leçon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: previous step</source>
        <translation>Leçon&#xa0;: étape précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Leave the lesson</source>
        <translation>Quitter la leçon</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave the lesson here and keep working</source>
        <translation>Quitter la leçon ici et continuer à travailler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>AnimationRecorder</name>
    <message>
        <location filename="../../visualizer/recording.py" line="+43"/>
        <source>cannot write an animation as &apos;{name}&apos;: use {known}</source>
        <translation>impossible d’écrire une animation sous le nom «&#xa0;{name}&#xa0;»&#xa0;: utilisez {known}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the animation</source>
        <translation>l’animation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MP4 needs imageio and imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, or save as .gif or .webp</source>
        <translation>le MP4 demande imageio et imageio-ffmpeg&#xa0;: pip install &apos;mnist-visualizer[video]&apos;, ou enregistrez en .gif ou .webp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animé (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP animation (*.webp)</source>
        <translation>Animation WebP (*.webp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write {path}: {problem}</source>
        <translation>impossible d’écrire {path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Recording {seconds} s of the window…</source>
        <translation>Enregistrement de {seconds} s de la fenêtre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation</source>
        <translation>Enregistrer une animation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {file}…</source>
        <translation>Écriture de {file}…</translation>
    </message>
</context>
<context>
    <name>ClassGallery</name>
    <message>
        <location filename="../../visualizer/class_gallery.py" line="+138"/>
        <source>No class digits yet: accept some from the queue.</source>
        <translation>Pas encore de chiffres de la classe&#xa0;: acceptez-en depuis la file d’attente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn as {label}, read as {answer} (a check digit: never trained on)</source>
        <translation>dessiné&#xa0;: {label}, lu&#xa0;: {answer} (chiffre de contrôle&#xa0;: jamais vu à l’entraînement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawn as {label}, read as {answer}</source>
        <translation>dessiné&#xa0;: {label}, lu&#xa0;: {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network reads {right} of {total} right ({share}); {check} kept only to check on.</source>
        <translation>Le réseau en lit {right} sur {total} correctement ({share})&#xa0;; {check} gardés seulement pour le contrôle.</translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../visualizer/collect_panel.py" line="+30"/>
        <source>Collect digits from phones</source>
        <translation>Recueillir des chiffres par téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to draw a digit</source>
        <translation>Scannez avec l’appareil photo de votre téléphone pour dessiner un chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or open {url}</source>
        <translation>ou ouvrez {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must be on the same Wi-Fi as this computer.</source>
        <translation>Les téléphones doivent être sur le même Wi-Fi que cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting is stopped: phones cannot send digits.</source>
        <translation>Collecte arrêtée&#xa0;: les téléphones ne peuvent pas envoyer de chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting</source>
        <translation>Démarrer la collecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting</source>
        <translation>Arrêter la collecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting ({n})</source>
        <translation>En attente ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class digits ({n})</source>
        <translation>Chiffres de la classe ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (A)</source>
        <translation>Accepter (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Refuser (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all (Shift+A)</source>
        <translation>Tout accepter (Maj+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every digit as it arrives</source>
        <translation>Accepter chaque chiffre dès son arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits waiting. They appear here as phones send them.</source>
        <translation>Aucun chiffre en attente. Ils apparaissent ici quand les téléphones les envoient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class has: {counts}</source>
        <translation>La classe a&#xa0;: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot collect: {problem}</source>
        <translation>Impossible de recueillir&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in another folder…</source>
        <translation>Les garder dans un autre dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a class&apos;s digits kept on another day (a new folder starts an empty set)</source>
        <translation>Ouvrir les chiffres d’une classe gardés un autre jour (un nouveau dossier commence un ensemble vide)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add digits from a folder…</source>
        <translation>Ajouter des chiffres depuis un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the digits of another class-digits folder to these</source>
        <translation>Ajouter à ceux-ci les chiffres d’un autre dossier de chiffres de la classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all {n} of the class&apos;s digits from {folder}?</source>
        <translation>Supprimer de {folder} les {n} chiffres de la classe&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in {folder}</source>
        <translation>Gardés dans {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot use {folder}: {problem}</source>
        <translation>Impossible d’utiliser {folder}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the class&apos;s digits:</source>
        <translation>Entraîner sur les chiffres de la classe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the examples</source>
        <translation>% des exemples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training examples drawn from the class&apos;s digits (its check digits are never trained on: the accuracy chart shows how well the network reads them)</source>
        <translation>La part des exemples d’entraînement tirée des chiffres de la classe (ses chiffres de contrôle ne servent jamais à l’entraînement&#xa0;: le graphique de réussite montre si le réseau les lit bien)</translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="+255"/>
        <source>cannot save the class&apos;s digits in {folder}: {problem}</source>
        <translation>impossible d’enregistrer les chiffres de la classe dans {folder}&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../visualizer/controls.py" line="+26"/>
        <source>full speed</source>
        <translation>vitesse max</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 update/s</source>
        <translation>1 pas/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} updates/s</source>
        <translation>{rate} pas/s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>learning rate λ: W ← W − λ ∂L/∂W</source>
        <translation>taux d’apprentissage λ&#xa0;: W ← W − λ ∂L/∂W</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples per update; 1 = one example at a time (the guide&apos;s)</source>
        <translation>exemples par pas&#xa0;; 1 = un exemple à la fois (comme le cours)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full speed, or slow motion that a class can follow</source>
        <translation>pleine vitesse, ou ralenti qu’une classe peut suivre</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guide&apos;s one layer, or one hidden layer: changing it starts a new run</source>
        <translation>la couche unique du cours, ou une couche cachée&#xa0;: changer de réseau lance un nouvel essai</translation>
    </message>
</context>
<context>
    <name>ConvolutionExample</name>
    <message>
        <location filename="../../visualizer/conv_example.py" line="+543"/>
        <source>Forward pass&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</source>
        <translation>Passe avant&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>δ = ∂L/∂b = p − y&lt;br&gt;red: p&lt;sub&gt;j&lt;/sub&gt; too high&lt;br&gt;blue: too low</source>
        <translation>δ = ∂L/∂b = p − y&lt;br&gt;rouge&#xa0;: p&lt;sub&gt;j&lt;/sub&gt; trop haut&lt;br&gt;bleu&#xa0;: trop bas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step of gradient descent&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</source>
        <translation>Un pas de descente de gradient&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</translation>
    </message>
</context>
<context>
    <name>ConvolutionExampleView</name>
    <message>
        <location line="-514"/>
        <source>hover over a feature map to see one position&apos;s arithmetic; click to keep it</source>
        <translation>survolez une carte de caractéristiques pour voir le calcul d’une position&#xa0;; cliquez pour le garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch x</source>
        <translation>carré x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel K</source>
        <translation>noyau K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product x·K</source>
        <translation>produit x·K</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>x, the patch</source>
        <translation>x et le carré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch, K, x·K</source>
        <translation>carré, K, x·K</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (réduit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; from block 2 (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; venu du bloc 2 (réduit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;r&lt;/sub&gt;: to each max</source>
        <translation>δ&lt;sub&gt;r&lt;/sub&gt;&#xa0;: vers chaque max</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ΔK = K&lt;sub&gt;after&lt;/sub&gt; − K&lt;sub&gt;before&lt;/sub&gt;</source>
        <translation>ΔK = K&lt;sub&gt;après&lt;/sub&gt; − K&lt;sub&gt;avant&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</source>
        <translation>bloc 2&#xa0;: δ&lt;sub&gt;a2&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (a row per filter)</source>
        <translation>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (une ligne par filtre)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feature maps r</source>
        <translation>Cartes de caractéristiques r</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>patch, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</source>
        <translation>carré, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its max</source>
        <translation>son max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x·K at map {map}, ({row}, {column})</source>
        <translation>x·K sur la carte {map}, ({row}, {column})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in no 2×2 window: not pooled</source>
        <translation>dans aucune fenêtre 2×2&#xa0;: pas de pooling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2×2 window: {values}</source>
        <translation>fenêtre 2×2&#xa0;: {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q = its max = {value}</source>
        <translation>q = son max = {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r is it: feeds l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</source>
        <translation>r est ce max&#xa0;: alimente l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r is not: feeds nothing, δ = 0</source>
        <translation>r ne l’est pas&#xa0;: n’alimente rien, δ = 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>row {row}, col {column}</source>
        <translation>ligne {row}, col. {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x at {where} = {value}</source>
        <translation>x en {where} = {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} at {where} = {value}</source>
        <translation>{name} en {where} = {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>filter {filter}, {where}: {name} = {value}</source>
        <translation>filtre {filter}, {where}&#xa0;: {name} = {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>block-2 filter {filter}, {where}: {name} = {value}</source>
        <translation>filtre {filter} du bloc 2, {where}&#xa0;: {name} = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block-2 filter {filter}, on map {map}, {where}: ∂L/∂K2 = {value}</source>
        <translation>filtre {filter} du bloc 2, sur la carte {map}, {where}&#xa0;: ∂L/∂K2 = {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One step asked for: waiting for the new weights…</source>
        <translation>Pas demandé&#xa0;: en attente des nouveaux poids…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press &lt;b&gt;Apply one gradient step&lt;/b&gt;:&lt;br&gt;this example&apos;s step,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;and what it changed, here.</source>
        <translation>Cliquez sur &lt;b&gt;Appliquer un pas de gradient&lt;/b&gt;&#xa0;:&lt;br&gt;le pas de cet exemple,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;et ce qu’il a changé, ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One step, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;largest |ΔK| = {largest_K}&lt;br&gt;largest |Δc| = {largest_c}</source>
        <translation>Un pas, λ = {rate}, y = {label}&#xa0;:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;&#xa0;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L&#xa0;: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;plus grand |ΔK| = {largest_K}&lt;br&gt;plus grand |Δc| = {largest_c}</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+127"/>
        <source>Filters {K} ({k}×{k})</source>
        <translation>Filtres {K} ({k}×{k})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each filter on its own colour scale (its largest |weight| at the ends); a filter&apos;s feature map is large where the ink under it looks like its picture: a = x ⋆ K + c</source>
        <translation>chaque filtre a sa propre échelle de couleurs (son plus grand |poids| aux extrémités)&#xa0;; la carte de caractéristiques d’un filtre est grande là où l’encre dessous ressemble à son image&#xa0;: a = x ⋆ K + c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filters {K}</source>
        <translation>filtres {K}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters K2: {count}, each {maps} × {k}×{k}</source>
        <translation>Filtres K2&#xa0;: {count}, chacun {maps} × {k}×{k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each block-2 filter is {maps} kernels, one per feature map of block 1 (tiles in the order of the filters of K1)</source>
        <translation>chaque filtre du bloc 2 compte {maps} noyaux, un par carte de caractéristiques du bloc 1 (vignettes dans l’ordre des filtres de K1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filters K2</source>
        <translation>filtres K2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W per digit, on the pooled maps</source>
        <translation>W par chiffre, sur les cartes réduites</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where a digit wants that filter to fire, blue where it must not</source>
        <translation>une vignette {side}×{side} par filtre&#xa0;; l_j = Σ q_i w_ij + b_j&#xa0;: rouge là où un chiffre veut que ce filtre s’allume, bleu là où il ne le doit pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W per digit</source>
        <translation>W par chiffre</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>which of the convolution&apos;s weights to show first where they do not all fit side by side (the spotlight shows them all)</source>
        <translation>quels poids de la convolution montrer d’abord quand ils ne tiennent pas tous côte à côte (le gros plan les montre tous)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>filter {filter}, weight (row {row}, col {column}):  K = {value}   (its colour scale: ±{scale})</source>
        <translation>filtre {filter}, poids (ligne {row}, col. {column})&#xa0;:  K = {value}   (son échelle&#xa0;: ±{scale})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}   (its colour scale: ±{scale})</source>
        <translation>filtre {filter} du bloc 2, sur la carte {map}, poids (ligne {row}, col. {column})&#xa0;:  K2 = {value}   (son échelle&#xa0;: ±{scale})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>digit {digit}, filter {filter}&apos;s pooled map at (row {row}, col {column}):  w = {value}</source>
        <translation>chiffre {digit}, carte réduite du filtre {filter} en (ligne {row}, col. {column})&#xa0;:  w = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>,  q = {q} for the drawing,  q w = {product}</source>
        <translation>,  q = {q} pour le dessin,  q w = {product}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data.py" line="+54"/>
        <source>{path}: file not found (nor {stem} uncompressed)</source>
        <translation>{path}&#xa0;: fichier introuvable (ni {stem} non compressé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a gzip file (bad header)</source>
        <translation>{path}&#xa0;: pas un fichier gzip (en-tête incorrect)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: corrupt gzip data ({problem})</source>
        <translation>{path}&#xa0;: données gzip corrompues ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: uncompressed size exceeds {most} bytes</source>
        <translation>{path}&#xa0;: la taille décompressée dépasse {most} octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: gzip data is truncated</source>
        <translation>{path}&#xa0;: les données gzip sont tronquées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: unexpected data after the gzip stream</source>
        <translation>{path}&#xa0;: données inattendues après le flux gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {size} bytes is too short for an IDX header</source>
        <translation>{path}&#xa0;: {size} octets, trop court pour un en-tête IDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: wrong magic number {magic} (expected {expected}: unsigned bytes in {ndim} dimensions)</source>
        <translation>{path}&#xa0;: mauvais nombre magique {magic} ({expected} attendu&#xa0;: octets non signés en {ndim} dimensions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file truncated: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}&#xa0;: fichier tronqué&#xa0;: l’en-tête annonce {shape} ({expected} octets) mais il contient {size} octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file has trailing bytes: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}&#xa0;: octets en trop à la fin du fichier&#xa0;: l’en-tête annonce {shape} ({expected} octets) mais il contient {size} octets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: images are {height}x{width}, expected 28x28</source>
        <translation>{path}&#xa0;: les images font {height}x{width}, 28x28 attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds no images</source>
        <translation>{path}&#xa0;: ne contient aucune image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: label {label} at index {index} is outside 0-9</source>
        <translation>{path}&#xa0;: l’étiquette {label} à l’indice {index} n’est pas entre 0 et 9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {labels} labels but {images_file} holds {images} images</source>
        <translation>{path}&#xa0;: {labels} étiquettes mais {images_file} contient {images} images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a folder</source>
        <translation>{path}&#xa0;: n’est pas un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}&#xa0;: lecture impossible ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: has {names} names, expected 10</source>
        <translation>{path}&#xa0;: contient {names} noms, 10 attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IDX file</source>
        <translation>un fichier IDX</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../visualizer/canvas.py" line="+50"/>
        <source>Draw a digit: left button draws, right button erases, C clears</source>
        <translation>Dessinez un chiffre&#xa0;: le bouton gauche dessine, le bouton droit gomme, C efface</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>draw a digit here</source>
        <translation>dessinez un chiffre ici</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../visualizer/example_panel.py" line="+31"/>
        <source>Draw a digit on the canvas, or pick a test image,
to see every number the network computes for it:
logits, probabilities, the loss, and one gradient step.</source>
        <translation>Dessinez un chiffre sur la feuille, ou choisissez une image de test,
pour voir chaque nombre que le réseau calcule pour lui&#xa0;:
logits, probabilités, la perte et un pas de gradient.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights are not finite numbers (training diverged).
Reset the weights to look inside an example again.</source>
        <translation>Les poids ne sont pas des nombres finis (l’entraînement a divergé).
Réinitialisez les poids pour revoir l’intérieur d’un exemple.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the network&apos;s weights…</source>
        <translation>En attente des poids du réseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction (default)</source>
        <translation>prédiction (par défaut)</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+20"/>
        <source>digit</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the true label y: which digit the network should have said</source>
        <translation>la vraie étiquette y&#xa0;: le chiffre que le réseau aurait dû dire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label y:</source>
        <translation>vraie étiquette y&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss L = −log p&lt;sub&gt;y&lt;/sub&gt; =</source>
        <translation>Perte L = −log p&lt;sub&gt;y&lt;/sub&gt; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply this example&apos;s gradient to the live network, once</source>
        <translation>appliquer une fois le gradient de cet exemple au réseau en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover over a map to read its pixels</source>
        <translation>survolez une carte pour lire ses pixels</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Apply one gradient step (λ = {rate})</source>
        <translation>Appliquer un pas de gradient (λ = {rate})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>y = {label} (the prediction),  p_y = {probability}</source>
        <translation>y = {label} (la prédiction),  p_y = {probability}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {label} (chosen),  p_y = {probability}</source>
        <translation>y = {label} (choisie),  p_y = {probability}</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+14"/>
        <source>each map is one filter&apos;s response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window</source>
        <translation>chaque carte est la réponse d’un filtre au dessin&#xa0;: r = max(0, x ⋆ K + c), puis le plus grand de chaque fenêtre 2×2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pooled</source>
        <translation>après pooling</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../visualizer/files.py" line="+65"/>
        <source>Open a folder of the four IDX files</source>
        <translation>Ouvrir un dossier des quatre fichiers IDX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this dataset</source>
        <translation>Impossible d’ouvrir ce jeu de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Still training on {dataset}.</source>
        <translation>{problem}

L’entraînement continue sur {dataset}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load weights</source>
        <translation>Charger des poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Weights (*.npz)</source>
        <translation>Poids (*.npz)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot load these weights</source>
        <translation>Impossible de charger ces poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

The current weights are kept.</source>
        <translation>{problem}

Les poids actuels sont conservés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded {network} weights from {path}</source>
        <translation>poids «&#xa0;{network}&#xa0;» chargés depuis {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save weights</source>
        <translation>Enregistrer les poids</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the weights</source>
        <translation>Impossible d’enregistrer les poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights saved to {path}</source>
        <translation>poids enregistrés dans {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export pictures and metrics to a folder</source>
        <translation>Exporter les images et les mesures dans un dossier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {path}</source>
        <translation>impossible d’écrire {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {files} to {folder}</source>
        <translation>{files} exportés dans {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record 10 s of the window as an animation</source>
        <translation>Enregistrer 10 s de la fenêtre en animation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded {frames} frames ({seconds} s) to {path}</source>
        <translation>{frames} images ({seconds} s) enregistrées dans {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the animation</source>
        <translation>Impossible d’enregistrer l’animation</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../core/files.py" line="+14"/>
        <source>{path}: file not found</source>
        <translation>{path}&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}&#xa0;: est un dossier, pas {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}&#xa0;: lecture impossible ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder; give a file name for {what}</source>
        <translation>{path}&#xa0;: est un dossier&#xa0;; donnez un nom de fichier pour {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder {folder}, so {what} cannot be saved there</source>
        <translation>{path}&#xa0;: le dossier {folder} n’existe pas, impossible d’y enregistrer {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not allowed to write there, so {what} cannot be saved</source>
        <translation>{path}&#xa0;: pas le droit d’écrire ici, impossible d’enregistrer {what}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../visualizer/actions.py" line="-334"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press any key or click to close</source>
        <translation>Appuyez sur une touche ou cliquez pour fermer</translation>
    </message>
</context>
<context>
    <name>HiddenActivity</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="+320"/>
        <source>hidden units</source>
        <translation>neurones cachés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden units&lt;br&gt;{hidden}</source>
        <translation>neurones cachés&lt;br&gt;{hidden}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units firing&lt;br&gt;{firing} of {hidden}</source>
        <translation>neurones actifs&lt;br&gt;{firing} sur {hidden}</translation>
    </message>
</context>
<context>
    <name>HiddenLayerExample</name>
    <message>
        <location line="+17"/>
        <source>Forward pass&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>Passe avant&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (rouge&#xa0;: p&lt;sub&gt;j&lt;/sub&gt; trop haut, bleu&#xa0;: trop bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step, both layers&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</source>
        <translation>Un pas, les deux couches&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), for the units this example moves most (a step adds −{lr} × this); titles δ1&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), pour les neurones que cet exemple change le plus (un pas ajoute −{lr} × ceci)&#xa0;; titres δ1&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What those units see: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (red: ink that makes unit k fire); titles k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation>Ce que voient ces neurones&#xa0;: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (rouge&#xa0;: encre qui fait réagir le neurone k)&#xa0;; titres k&#xa0;: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit {unit}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>neurone {unit}, pixel (ligne {row}, col. {col})&#xa0;:  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location line="-336"/>
        <source>all {hidden}, most influential first</source>
        <translation>les {hidden}, par influence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} most influential</source>
        <translation>{page} plus influents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units {first}–{last}</source>
        <translation>neurones {first}–{last}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>which hidden units to show: the most influential (largest outgoing weights) or a page of them by number</source>
        <translation>quels neurones cachés montrer&#xa0;: les plus influents (plus grands poids sortants) ou une page d’entre eux par numéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the {hidden} hidden units look for</source>
        <translation>Ce que repèrent les {hidden} neurones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each map is one unit&apos;s 784 incoming weights, a column of W1</source>
        <translation>chaque carte montre les 784 poids entrants d’un neurone, une colonne de W1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>,  h = {h} for the drawing</source>
        <translation>,  h = {h} pour le dessin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}</source>
        <translation>neurone {unit}&#xa0;: pixel (ligne {row}, col. {col})  w1 = {weight}{fired}</translation>
    </message>
</context>
<context>
    <name>LessonCaption</name>
    <message>
        <location filename="../../visualizer/lesson_player.py" line="+115"/>
        <source>◀ Back</source>
        <translation>◀ Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>Quitter la leçon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {step} of {steps} · getting it ready…</source>
        <translation>Étape {step} sur {steps} · préparation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} of {steps}</source>
        <translation>Étape {step} sur {steps}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location line="+105"/>
        <source>{file}: the lesson&apos;s steps could not be computed: {problem}</source>
        <translation>{file}&#xa0;: les étapes de la leçon n’ont pas pu être calculées&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot open this lesson</source>
        <translation>Impossible d’ouvrir cette leçon</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a lesson</source>
        <translation>Ouvrir une leçon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml *.json)</source>
        <translation>Leçons (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lesson&apos;s translation has problems</source>
        <translation>La traduction de la leçon a des problèmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson is shown in English.</source>
        <translation>La leçon est affichée en anglais.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{file}, step {step} (&quot;{title}&quot;): {problem}</source>
        <translation>{file}, étape {step} («&#xa0;{title}&#xa0;»)&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>LiveDisplay</name>
    <message>
        <location filename="../../visualizer/frames.py" line="+126"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {rate} examples/s</source>
        <translation> · {rate} exemples/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · updates {updates}{rate} · learning rate {learning_rate} · batch size {batch_size}</source>
        <translation>{state} · {examples} exemples vus · époque {epoch} ({done} sur {total}) · {updates} pas{rate} · taux d’apprentissage {learning_rate} · taille de lot {batch_size}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualizer/window.py" line="+146"/>
        <source>batch</source>
        <translation>lot</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Learning</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside one example</source>
        <translation>Au cœur d’un exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set explorer</source>
        <translation>Explorateur du jeu de test</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch a network learn {dataset}</source>
        <translation>Regardez un réseau apprendre {dataset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit</source>
        <translation>Dessinez ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Dessinez quelque chose</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Draw a digit first</source>
        <translation>Dessinez d’abord un chiffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the class digits as {label}, to train on</source>
        <translation>Ajouté aux chiffres de la classe comme {label}, pour l’entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the class digits as {label}, to check on</source>
        <translation>Ajouté aux chiffres de la classe comme {label}, pour la vérification</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>test image {index} (label {label}) on the canvas</source>
        <translation>image de test {index} (étiquette {label}) sur la feuille</translation>
    </message>
</context>
<context>
    <name>MapMosaic</name>
    <message>
        <location filename="../../visualizer/mosaic.py" line="+371"/>
        <source>map {number}</source>
        <translation>carte {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: pixel (row {row}, col {column})  {value}</source>
        <translation>{title}&#xa0;: pixel (ligne {row}, col. {column})  {value}</translation>
    </message>
</context>
<context>
    <name>MetricsPlots</name>
    <message>
        <location filename="../../visualizer/plots.py" line="+24"/>
        <source>examples seen</source>
        <translation>exemples vus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>exemples</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+33"/>
        <source>training loss</source>
        <translation>perte en entraînement</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>training accuracy</source>
        <translation>réussite en entraînement</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>test accuracy</source>
        <translation>réussite au test</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>earlier runs</source>
        <translation>essais précédents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs</source>
        <translation>essais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class&apos;s check digits</source>
        <translation>chiffres de contrôle de la classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digits</source>
        <translation>chiffres de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {number}: {label}</source>
        <translation>essai {number}&#xa0;: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each update</source>
        <translation>chaque pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>smoothed</source>
        <translation>lissée</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>test</source>
        <translation>test</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training (this epoch)</source>
        <translation>entraînement (cette époque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>entraîn.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>λ {rate}: blew up</source>
        <translation>λ {rate}&#xa0;: explosion</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>epoch {number}</source>
        <translation>époque {number}</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../core/networks/convolution.py" line="+324"/>
        <source>conv {filters} {kernel}×{kernel}</source>
        <translation>conv {filters} {kernel}×{kernel}</translation>
    </message>
    <message>
        <location filename="../../core/networks/hidden_layer.py" line="+122"/>
        <source>hidden {units} {activation}</source>
        <translation>cachée {units} {activation}</translation>
    </message>
    <message>
        <location filename="../../core/networks/one_layer.py" line="+51"/>
        <source>one layer</source>
        <translation>une couche</translation>
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
        <translation>Passe avant&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (rouge&#xa0;: p&lt;sub&gt;j&lt;/sub&gt; trop haut, bleu&#xa0;: trop bas)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step of gradient descent&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Un pas de descente de gradient&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); a step adds −λ × this = −{lr} × this to W; titles p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;)&#xa0;; un pas ajoute −λ × ceci = −{lr} × ceci à W&#xa0;; titres p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (red: for digit j, blue: against); titles Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Indices w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (rouge&#xa0;: pour le chiffre j, bleu&#xa0;: contre)&#xa0;; titres Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digit {name}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>chiffre {name}, pixel (ligne {row}, col. {col})&#xa0;:  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>OutputWeights</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="-175"/>
        <source>a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j</source>
        <translation>une ligne par chiffre, une colonne par neurone caché&#xa0;: l_j = Σ_k h_k w2_kj + b2_j</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unit {unit} → {name}:  w2 = {weight}</source>
        <translation>neurone {unit} → {name}&#xa0;:  w2 = {weight}</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="-214"/>
        <source>Draw a digit</source>
        <translation>Dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a {digit}</source>
        <translation>Dessinez un {digit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing pad</source>
        <translation>zone de dessin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which digit you drew</source>
        <translation>le chiffre que vous avez dessiné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drew another digit? Tap it above.</source>
        <translation>Un autre chiffre dessiné&#xa0;? Touchez-le ci-dessus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you! Your digit is with the teacher. Draw another?</source>
        <translation>Merci&#xa0;! Votre chiffre est arrivé chez le prof. Encore un&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit first.</source>
        <translation>Dessinez d’abord un chiffre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the teacher&apos;s computer. Try again.</source>
        <translation>Impossible de joindre l’ordinateur du prof. Réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found. Scan the code on the screen again.</source>
        <translation>Page introuvable. Scannez à nouveau le code à l’écran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is from an earlier lesson. Scan the code on the screen again.</source>
        <translation>Cette adresse date d’un cours précédent. Scannez à nouveau le code à l’écran.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow down a little, please: try again in a second.</source>
        <translation>Doucement, s’il vous plaît&#xa0;: réessayez dans une seconde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drawing is too big to send.</source>
        <translation>Ce dessin est trop gros pour être envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not a drawing (not JSON).</source>
        <translation>Ce n’était pas un dessin (pas du JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher has many drawings to look at. Try again in a minute.</source>
        <translation>Le prof a beaucoup de dessins à regarder. Réessayez dans une minute.</translation>
    </message>
</context>
<context>
    <name>PreprocessingSteps</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="+216"/>
        <source>Naive input (whole canvas)</source>
        <translation>Entrée naïve (toute la feuille)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed the network the whole canvas averaged to 28×28, without MNIST&apos;s recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters</source>
        <translation>Donner au réseau toute la feuille réduite à 28×28 par moyenne, sans la recette de MNIST (pas de recadrage, pas d’ajustement 20×20, pas de centrage), pour voir pourquoi la recette compte</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visualizer/probabilities.py" line="+144"/>
        <source>probability p&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>probabilité p&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draw a digit</source>
        <translation>dessinez un chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw something</source>
        <translation>dessinez quelque chose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} sure</source>
        <translation>sûr à {percent}</translation>
    </message>
</context>
<context>
    <name>ProcessTrainingController</name>
    <message>
        <location filename="../../visualizer/worker.py" line="+265"/>
        <source>it would not end</source>
        <translation>il ne s’arrêtait pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was killed by signal {signal}</source>
        <translation>il a été tué par le signal {signal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {code}</source>
        <translation>code de sortie {code}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a command could not be sent to the training process: {problem}</source>
        <translation>une commande n’a pas pu être envoyée au processus d’entraînement&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>training could not start: {problem}</source>
        <translation>l’entraînement n’a pas pu démarrer&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the training process stopped unexpectedly ({exit})</source>
        <translation>le processus d’entraînement s’est arrêté de façon inattendue ({exit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training process stopped unexpectedly ({exit}), in the middle of a message</source>
        <translation>le processus d’entraînement s’est arrêté de façon inattendue ({exit}), au milieu d’un message</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pipe from the training process broke: it sent something that is not one of its messages ({problem}), so it was stopped</source>
        <translation>le canal venant du processus d’entraînement s’est rompu&#xa0;: il a envoyé quelque chose qui n’est pas un de ses messages ({problem}), il a donc été arrêté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> What it printed last: {words}</source>
        <translation> Ce qu’il a affiché en dernier&#xa0;: {words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}, {times} times; restart the app to train again.{said}</source>
        <translation>{what}, {times} fois&#xa0;; redémarrez le logiciel pour entraîner à nouveau.{said}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}, and could not be started again: {problem}.{said}</source>
        <translation>{what}, et il n’a pas pu être relancé&#xa0;: {problem}.{said}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}; it was started again from the last weights, paused, at {examples} examples seen: press Start to go on.{said}</source>
        <translation>{what}&#xa0;; il a été relancé depuis les derniers poids, en pause, à {examples} exemples vus&#xa0;: appuyez sur Lancer pour continuer.{said}</translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../../core/runs.py" line="+19"/>
        <source>{network}, λ {rates}, batch {batches}</source>
        <translation>{network}, λ {rates}, lot {batches}</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <location filename="../../visualizer/spotlight.py" line="+60"/>
        <source>Back to the whole layout (F or Esc)</source>
        <translation>Revenir à la vue d’ensemble (F ou Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: this panel fills the window (F; F or Esc: back)</source>
        <translation>Gros plan&#xa0;: ce panneau remplit la fenêtre (F&#xa0;; F ou Échap&#xa0;: retour)</translation>
    </message>
</context>
<context>
    <name>StartZoom</name>
    <message>
        <location filename="../../visualizer/plots.py" line="-77"/>
        <source>first {count}</source>
        <translation>{count} premiers</translation>
    </message>
</context>
<context>
    <name>StepsStrip</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="-197"/>
        <source>ink + box</source>
        <translation>encre + cadre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fit 20×20</source>
        <translation>ajusté 20×20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centred 28×28</source>
        <translation>centré 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ink</source>
        <translation>encre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive 28×28</source>
        <translation>naïf 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no box, no 20×20 fit, no centring</source>
        <translation>pas de cadre, pas d’ajustement 20×20, pas de centrage</translation>
    </message>
</context>
<context>
    <name>TestSetExplorer</name>
    <message>
        <location filename="../../visualizer/explorer.py" line="+75"/>
        <source>true {true}
→ {predicted} ({confidence})</source>
        <translation>vrai {true}
→ {predicted} ({confidence})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation>vrai {true} → {predicted} ({confidence})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>colour: number of mistakes (log scale) · blue diagonal: right answers
click a cell to see its images</source>
        <translation>couleur&#xa0;: nombre d’erreurs (échelle log) · diagonale bleue&#xa0;: bonnes réponses
cliquez sur une case pour voir ses images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All mistakes</source>
        <translation>Toutes les erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every mistake, most confident first</source>
        <translation>Revenir à toutes les erreurs, plus sûres d’abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on canvas</source>
        <translation>Sur la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected test image on the canvas (or double-click it)</source>
        <translation>Mettre l’image de test choisie sur la feuille (ou double-cliquer dessus)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+225"/>
        <source>true label</source>
        <translation>vrai chiffre</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>predicted</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{count} test images: no weights yet</source>
        <translation>{count} images de test&#xa0;: pas encore de poids</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set: {accuracy} right ({right} of {count})</source>
        <translation>Test&#xa0;: {accuracy} bien lus ({right} sur {count})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>showing the first {shown} of {count} · double-click an image to put it on the canvas</source>
        <translation>les {shown} premières sur {count} · double-cliquez sur une image pour la mettre sur la feuille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double-click an image to put it on the canvas</source>
        <translation>double-cliquez sur une image pour la mettre sur la feuille</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} mistakes, most confident first</source>
        <translation>{count} erreurs, plus sûres d’abord</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} images of {true} read as {predicted} (right)</source>
        <translation>{count} images de {true} lues comme {predicted} (justes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} images of {true} read as {predicted}</source>
        <translation>{count} images de {true} lues comme {predicted}</translation>
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
        <translation>Projecteur (contraste élevé)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blue-white-red</source>
        <translation>Bleu-blanc-rouge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour-blind safe</source>
        <translation>Adapté aux daltoniens</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../visualizer/timeline.py" line="+19"/>
        <source>▶ Replay</source>
        <translation>▶ Rejouer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop replay</source>
        <translation>■ Arrêter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live · </source>
        <translation>en direct · </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} examples · test {accuracy}</source>
        <translation>{count} exemples · test {accuracy}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow training as it happens; off: stay on the newest moment</source>
        <translation>Suivre l’entraînement en direct&#xa0;; désactivé&#xa0;: rester sur le moment le plus récent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play back every recorded moment from the start, then go live</source>
        <translation>Rejouer chaque moment enregistré depuis le début, puis passer en direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag back to see the weights of an earlier moment (← → Page Up/Down)</source>
        <translation>Faites glisser en arrière pour voir les poids d’un moment antérieur (← → Page préc./suiv.)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing recorded yet</source>
        <translation>rien d’enregistré pour l’instant</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../core/live/trainer_process.py" line="+47"/>
        <source>the training process could not send a {kind}: {problem}</source>
        <translation>le processus d’entraînement n’a pas pu envoyer de {kind}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a command the training process did not understand: {problem}</source>
        <translation>une commande que le processus d’entraînement n’a pas comprise&#xa0;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipe from the window broke: {problem}</source>
        <translation>le canal venant de la fenêtre s’est rompu&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/live/training_loop.py" line="+37"/>
        <source>that step (learning rate {lr}) would blow the weights up, so it was not applied. Try a smaller learning rate.</source>
        <translation>ce pas (taux d’apprentissage {lr}) ferait exploser les poids, il n’a donc pas été appliqué. Essayez un taux d’apprentissage plus petit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training paused after an error: {error}</source>
        <translation>entraînement en pause après une erreur&#xa0;: {error}</translation>
    </message>
    <message>
        <location filename="../../core/training.py" line="+42"/>
        <source>training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the weights blew up, so the last good weights were restored. Try a smaller learning rate: {suggested} works at batch size {batch}.</source>
        <translation>l’entraînement a divergé à λ = {lr} (lot de {batch}, {network})&#xa0;: la perte ou les poids ont explosé, les derniers bons poids sont rétablis. Essayez un λ plus petit&#xa0;: {suggested} marche avec un lot de {batch}.</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../visualizer/session.py" line="+114"/>
        <source>the previous training thread did not stop in time; it will be stopped when the window closes</source>
        <translation>le fil d’entraînement précédent ne s’est pas arrêté à temps&#xa0;; il sera arrêté à la fermeture de la fenêtre</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a learning rate of {value} is beyond what the app takes: {limit} it is</source>
        <translation>un taux d’apprentissage de {value} dépasse ce que le logiciel accepte&#xa0;: ce sera {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a batch size of {value} is beyond what the app takes: {limit} it is</source>
        <translation>une taille de lot de {value} dépasse ce que le logiciel accepte&#xa0;: ce sera {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{most} (the training examples)</source>
        <translation>{most} (les exemples d’entraînement)</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="-58"/>
        <source>Weights: one template per digit</source>
        <translation>Poids&#xa0;: un gabarit par chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: one template per class</source>
        <translation>Poids&#xa0;: un gabarit par classe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: pixel (row {row}, col {col})  w = {weight}</source>
        <translation>{name}&#xa0;: pixel (ligne {row}, col. {col})  w = {weight}</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../../core/model.py" line="+30"/>
        <source>{path}: holds a network with {kind}, not the one-layer W and b</source>
        <translation>{path}&#xa0;: contient un réseau avec {kind}, pas le W et b à une couche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}missing array {name}</source>
        <translation>{path}&#xa0;: {what}tableau {name} manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has shape {shape}, expected {expected}</source>
        <translation>{path}&#xa0;: {what}{name} a la forme {shape}, {expected} attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has dtype {dtype}, expected floating point</source>
        <translation>{path}&#xa0;: {what}{name} est de type {dtype}, nombres à virgule flottante attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} holds NaN or infinite values</source>
        <translation>{path}&#xa0;: {what}{name} contient des NaN ou des valeurs infinies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation>un fichier de poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled data, which is refused</source>
        <translation>{path}&#xa0;: contient des données pickle, ce qui est refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a single .npy array, expected an .npz archive of weights</source>
        <translation>{path}&#xa0;: un seul tableau .npy, une archive .npz de poids attendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not an .npz weights file (no zip header)</source>
        <translation>{path}&#xa0;: pas un fichier de poids .npz (pas d’en-tête zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled objects, which are refused</source>
        <translation>{path}&#xa0;: contient des objets pickle, ce qui est refusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a readable .npz weights file ({problem})</source>
        <translation>{path}&#xa0;: fichier de poids .npz illisible ({problem})</translation>
    </message>
</context>
</TS>
