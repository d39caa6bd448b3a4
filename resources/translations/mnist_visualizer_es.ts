<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../visualizer/about.py" line="+20"/>
        <source>unknown (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text&apos;s one fully-connected layer: for an image &lt;i&gt;x&lt;/i&gt; of 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
cross-entropy {loss},&lt;br&gt;
trained by gradient descent with {gradients},
one example at a time or in mini-batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hidden-layer option, the text&apos;s next step: {hidden}, {logits}
({f}: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&amp;times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT licence. Built with Qt for Python (PySide6), pyqtgraph, NumPy and Pillow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About MNIST Visualizer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../visualizer/actions.py" line="+125"/>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start or pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update, then pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update (a step of gradient descent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh random weights, back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: fresh random weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thicker brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinner brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dataset folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of the four IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export pictures and metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmaps and plots as PNG, metrics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 s of the window as an animated GIF, WebP or MP4, for slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collect digits from phones…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class draws digits on their phones; you choose which the network sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the drawing to the class digits as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the faint curves of earlier runs from the plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the earlier runs&apos; faint curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, projector colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal or high-contrast projector theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch weight colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-red or colour-blind-safe colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full colour range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour scales to the largest weight, not the 99th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours to the largest |value| (else the 99th percentile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel under the pointer fills the window; again: back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the panel under the pointer fills the window (again: back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Back from the spotlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The whole layout again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show {tab}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MNIST Visualizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the built-in lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text, step by step: from random weights to a convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson written as a TOML or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Leave the lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave the lesson here and keep working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnimationRecorder</name>
    <message>
        <location filename="../../visualizer/recording.py" line="+43"/>
        <source>cannot write an animation as &apos;{name}&apos;: use {known}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MP4 needs imageio and imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, or save as .gif or .webp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Animated GIF (*.gif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP animation (*.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Recording {seconds} s of the window…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassGallery</name>
    <message>
        <location filename="../../visualizer/class_gallery.py" line="+138"/>
        <source>No class digits yet: accept some from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn as {label}, read as {answer} (a check digit: never trained on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawn as {label}, read as {answer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network reads {right} of {total} right ({share}); {check} kept only to check on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../visualizer/collect_panel.py" line="+30"/>
        <source>Collect digits from phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or open {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must be on the same Wi-Fi as this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting is stopped: phones cannot send digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class digits ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all (Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every digit as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits waiting. They appear here as phones send them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class has: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot collect: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in another folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a class&apos;s digits kept on another day (a new folder starts an empty set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add digits from a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the digits of another class-digits folder to these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all {n} of the class&apos;s digits from {folder}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot use {folder}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the class&apos;s digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training examples drawn from the class&apos;s digits (its check digits are never trained on: the accuracy chart shows how well the network reads them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="+255"/>
        <source>cannot save the class&apos;s digits in {folder}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../visualizer/controls.py" line="+26"/>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 update/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>learning rate λ: W ← W − λ ∂L/∂W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples per update; 1 = one example at a time (the guide&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full speed, or slow motion that a class can follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guide&apos;s one layer, or one hidden layer: changing it starts a new run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvolutionExample</name>
    <message>
        <location filename="../../visualizer/conv_example.py" line="+543"/>
        <source>Forward pass&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>δ = ∂L/∂b = p − y&lt;br&gt;red: p&lt;sub&gt;j&lt;/sub&gt; too high&lt;br&gt;blue: too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step of gradient descent&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvolutionExampleView</name>
    <message>
        <location line="-514"/>
        <source>hover over a feature map to see one position&apos;s arithmetic; click to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product x·K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+141"/>
        <source>x, the patch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch, K, x·K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; from block 2 (pooled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;r&lt;/sub&gt;: to each max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ΔK = K&lt;sub&gt;after&lt;/sub&gt; − K&lt;sub&gt;before&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (a row per filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feature maps r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>patch, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x·K at map {map}, ({row}, {column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in no 2×2 window: not pooled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2×2 window: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q = its max = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r is it: feeds l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r is not: feeds nothing, δ = 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>row {row}, col {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x at {where} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} at {where} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>filter {filter}, {where}: {name} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>block-2 filter {filter}, {where}: {name} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block-2 filter {filter}, on map {map}, {where}: ∂L/∂K2 = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One step asked for: waiting for the new weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press &lt;b&gt;Apply one gradient step&lt;/b&gt;:&lt;br&gt;this example&apos;s step,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;and what it changed, here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One step, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;largest |ΔK| = {largest_K}&lt;br&gt;largest |Δc| = {largest_c}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+127"/>
        <source>Filters {K} ({k}×{k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each filter on its own colour scale (its largest |weight| at the ends); a filter&apos;s feature map is large where the ink under it looks like its picture: a = x ⋆ K + c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filters {K}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters K2: {count}, each {maps} × {k}×{k}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each block-2 filter is {maps} kernels, one per feature map of block 1 (tiles in the order of the filters of K1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filters K2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W per digit, on the pooled maps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where a digit wants that filter to fire, blue where it must not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>which of the convolution&apos;s weights to show first where they do not all fit side by side (the spotlight shows them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>filter {filter}, weight (row {row}, col {column}):  K = {value}   (its colour scale: ±{scale})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}   (its colour scale: ±{scale})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>digit {digit}, filter {filter}&apos;s pooled map at (row {row}, col {column}):  w = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>,  q = {q} for the drawing,  q w = {product}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data.py" line="+54"/>
        <source>{path}: file not found (nor {stem} uncompressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a gzip file (bad header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: corrupt gzip data ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: uncompressed size exceeds {most} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: gzip data is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: unexpected data after the gzip stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {size} bytes is too short for an IDX header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: wrong magic number {magic} (expected {expected}: unsigned bytes in {ndim} dimensions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file truncated: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file has trailing bytes: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: images are {height}x{width}, expected 28x28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds no images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: label {label} at index {index} is outside 0-9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {labels} labels but {images_file} holds {images} images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: has {names} names, expected 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IDX file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../visualizer/canvas.py" line="+50"/>
        <source>Draw a digit: left button draws, right button erases, C clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+184"/>
        <source>draw a digit here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../visualizer/example_panel.py" line="+31"/>
        <source>Draw a digit on the canvas, or pick a test image,
to see every number the network computes for it:
logits, probabilities, the loss, and one gradient step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights are not finite numbers (training diverged).
Reset the weights to look inside an example again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the network&apos;s weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+20"/>
        <source>digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the true label y: which digit the network should have said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss L = −log p&lt;sub&gt;y&lt;/sub&gt; =</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply this example&apos;s gradient to the live network, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover over a map to read its pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Apply one gradient step (λ = {rate})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>y = {label} (the prediction),  p_y = {probability}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {label} (chosen),  p_y = {probability}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+14"/>
        <source>each map is one filter&apos;s response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pooled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../visualizer/files.py" line="+65"/>
        <source>Open a folder of the four IDX files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Still training on {dataset}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Weights (*.npz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot load these weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

The current weights are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded {network} weights from {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export pictures and metrics to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {files} to {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record 10 s of the window as an animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded {frames} frames ({seconds} s) to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the animation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../core/files.py" line="+14"/>
        <source>{path}: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder; give a file name for {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder {folder}, so {what} cannot be saved there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not allowed to write there, so {what} cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../visualizer/actions.py" line="-334"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press any key or click to close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenActivity</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="+320"/>
        <source>hidden units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden units&lt;br&gt;{hidden}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units firing&lt;br&gt;{firing} of {hidden}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenLayerExample</name>
    <message>
        <location line="+17"/>
        <source>Forward pass&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step, both layers&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), for the units this example moves most (a step adds −{lr} × this); titles δ1&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What those units see: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (red: ink that makes unit k fire); titles k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit {unit}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location line="-336"/>
        <source>all {hidden}, most influential first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} most influential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units {first}–{last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>which hidden units to show: the most influential (largest outgoing weights) or a page of them by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the {hidden} hidden units look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each map is one unit&apos;s 784 incoming weights, a column of W1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>,  h = {h} for the drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonCaption</name>
    <message>
        <location filename="../../visualizer/lesson_player.py" line="+115"/>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {step} of {steps} · getting it ready…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location line="+105"/>
        <source>{file}: the lesson&apos;s steps could not be computed: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot open this lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lesson&apos;s translation has problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{file}, step {step} (&quot;{title}&quot;): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveDisplay</name>
    <message>
        <location filename="../../visualizer/frames.py" line="+104"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {rate} examples/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · updates {updates}{rate} · learning rate {learning_rate} · batch size {batch_size}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualizer/window.py" line="+146"/>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside one example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch a network learn {dataset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Draw a digit first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the class digits as {label} ({split})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+312"/>
        <source>test image {index} (label {label}) on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapMosaic</name>
    <message>
        <location filename="../../visualizer/mosaic.py" line="+340"/>
        <source>map {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: pixel (row {row}, col {column})  {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsPlots</name>
    <message>
        <location filename="../../visualizer/plots.py" line="+24"/>
        <source>examples seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+194"/>
        <location line="+33"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>test accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+162"/>
        <source>earlier runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class&apos;s check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {number}: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>smoothed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training (this epoch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>λ {rate}: blew up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+353"/>
        <source>epoch {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../core/networks/convolution.py" line="+324"/>
        <source>conv {filters} {kernel}×{kernel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/networks/hidden_layer.py" line="+122"/>
        <source>hidden {units} {activation}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/networks/one_layer.py" line="+51"/>
        <source>one layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../visualizer/translation.py" line="+114"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneLayerExample</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="+63"/>
        <source>Forward pass&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step of gradient descent&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); a step adds −λ × this = −{lr} × this to W; titles p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (red: for digit j, blue: against); titles Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digit {name}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputWeights</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="-175"/>
        <source>a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unit {unit} → {name}:  w2 = {weight}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="-214"/>
        <source>Draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a {digit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which digit you drew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drew another digit? Tap it above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you! Your digit is with the teacher. Draw another?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the teacher&apos;s computer. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found. Scan the code on the screen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is from an earlier lesson. Scan the code on the screen again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow down a little, please: try again in a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drawing is too big to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not a drawing (not JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher has many drawings to look at. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreprocessingSteps</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="+216"/>
        <source>Naive input (whole canvas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed the network the whole canvas averaged to 28×28, without MNIST&apos;s recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visualizer/probabilities.py" line="+144"/>
        <source>probability p&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draw a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} sure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessTrainingController</name>
    <message>
        <location filename="../../visualizer/worker.py" line="+265"/>
        <source>it would not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was killed by signal {signal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a command could not be sent to the training process: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>training could not start: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the training process stopped unexpectedly ({exit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training process stopped unexpectedly ({exit}), in the middle of a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pipe from the training process broke: it sent something that is not one of its messages ({problem}), so it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> What it printed last: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}, {times} times; restart the app to train again.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}, and could not be started again: {problem}.{said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}; it was started again from the last weights, paused, at {examples} examples seen: press Start to go on.{said}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../../core/runs.py" line="+19"/>
        <source>{network}, λ {rates}, batch {batches}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <location filename="../../visualizer/spotlight.py" line="+60"/>
        <source>Back to the whole layout (F or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: this panel fills the window (F; F or Esc: back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartZoom</name>
    <message>
        <location filename="../../visualizer/plots.py" line="-76"/>
        <source>first {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsStrip</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="-197"/>
        <source>ink + box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fit 20×20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centred 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive 28×28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no box, no 20×20 fit, no centring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestSetExplorer</name>
    <message>
        <location filename="../../visualizer/explorer.py" line="+75"/>
        <source>true {true}
→ {predicted} ({confidence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>colour: number of mistakes (log scale) · blue diagonal: right answers
click a cell to see its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every mistake, most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected test image on the canvas (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+225"/>
        <source>true label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{count} test images: no weights yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set: {accuracy} right ({right} of {count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>showing the first {shown} of {count} · double-click an image to put it on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double-click an image to put it on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} mistakes, most confident first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} images of {true} read as {predicted} (right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} images of {true} read as {predicted}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualizer/theme.py" line="+62"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projector (high contrast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blue-white-red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour-blind safe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../visualizer/timeline.py" line="+19"/>
        <source>▶ Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} examples · test {accuracy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow training as it happens; off: stay on the newest moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play back every recorded moment from the start, then go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag back to see the weights of an earlier moment (← → Page Up/Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../core/live/trainer_process.py" line="+47"/>
        <source>the training process could not send a {kind}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a command the training process did not understand: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipe from the window broke: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/live/training_loop.py" line="+37"/>
        <source>that step (learning rate {lr}) would blow the weights up, so it was not applied. Try a smaller learning rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training paused after an error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../core/training.py" line="+42"/>
        <source>training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the weights blew up, so the last good weights were restored. Try a smaller learning rate: {suggested} works at batch size {batch}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../visualizer/session.py" line="+114"/>
        <source>the previous training thread did not stop in time; it will be stopped when the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a learning rate of {value} is beyond what the app takes: {limit} it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a batch size of {value} is beyond what the app takes: {limit} it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{most} (the training examples)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="-58"/>
        <source>Weights: one template per digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: one template per class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: pixel (row {row}, col {col})  w = {weight}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../../core/model.py" line="+30"/>
        <source>{path}: holds a network with {kind}, not the one-layer W and b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}missing array {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has shape {shape}, expected {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has dtype {dtype}, expected floating point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} holds NaN or infinite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled data, which is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a single .npy array, expected an .npz archive of weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not an .npz weights file (no zip header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled objects, which are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a readable .npz weights file ({problem})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
