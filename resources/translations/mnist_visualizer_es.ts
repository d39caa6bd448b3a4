<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../visualizer/about.py" line="+20"/>
        <source>unknown (not installed)</source>
        <translation>desconocida (no instalada)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</source>
        <translation>Mira cómo una red aprende a leer dígitos manuscritos, en vivo, y dibuja dígitos para que los lea.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network</source>
        <translation>La red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text&apos;s one fully-connected layer: for an image &lt;i&gt;x&lt;/i&gt; of 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
cross-entropy {loss},&lt;br&gt;
trained by gradient descent with {gradients},
one example at a time or in mini-batches.</source>
        <translation>La capa totalmente conectada del texto del curso: para una imagen &lt;i&gt;x&lt;/i&gt; de 784 píxeles,&lt;br&gt;
logits {logits},
softmax {softmax},
entropía cruzada {loss},&lt;br&gt;
entrenada por descenso de gradiente con {gradients},
un ejemplo cada vez o en minilotes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hidden-layer option, the text&apos;s next step: {hidden}, {logits}
({f}: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</source>
        <translation>La opción de capa oculta, el siguiente paso del texto: {hidden}, {logits}
({f}: ReLU o la sigmoide logística); sus gradientes, la misma regla de la cadena llevada una capa
más atrás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&amp;times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</source>
        <translation>La base de datos MNIST de dígitos manuscritos, de Yann LeCun, Corinna Cortes y Christopher J.C.
Burges: 60.000 imágenes de entrenamiento y 10.000 de prueba de 28&amp;times;28 píxeles, incluida con la app y
disponible bajo los términos de la licencia Creative Commons Atribución-CompartirIgual 3.0
(CC BY-SA 3.0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT licence. Built with Qt for Python (PySide6), pyqtgraph, NumPy and Pillow.</source>
        <translation>Licencia MIT. Hecho con Qt for Python (PySide6), pyqtgraph, NumPy y Pillow.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About MNIST Visualizer</source>
        <translation>Acerca de MNIST Visualizer</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../visualizer/actions.py" line="+125"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Start</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start or pause training</source>
        <translation>Iniciar o pausar el entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause training</source>
        <translation>Iniciar / pausar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update, then pause</source>
        <translation>Una actualización y pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update (a step of gradient descent)</source>
        <translation>Una actualización (un paso de descenso de gradiente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh random weights, back to the start</source>
        <translation>Pesos aleatorios nuevos, vuelta al principio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: fresh random weights</source>
        <translation>Reiniciar: pesos aleatorios nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear canvas</source>
        <translation>Borrar el lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the drawing</source>
        <translation>Borrar el dibujo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thicker brush</source>
        <translation>Pincel más grueso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinner brush</source>
        <translation>Pincel más fino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dataset folder…</source>
        <translation>Abrir carpeta de datos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of the four IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation>Cualquier carpeta con los cuatro archivos IDX (MNIST, Fashion-MNIST, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load weights…</source>
        <translation>Cargar pesos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save weights…</source>
        <translation>Guardar pesos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export pictures and metrics…</source>
        <translation>Exportar imágenes y métricas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmaps and plots as PNG, metrics as CSV</source>
        <translation>Mapas de calor y gráficos en PNG, métricas en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation…</source>
        <translation>Grabar animación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 s of the window as an animated GIF, WebP or MP4, for slides</source>
        <translation>10 s de la ventana como GIF animado, WebP o MP4, para diapositivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collect digits from phones…</source>
        <translation>Recoger dígitos desde teléfonos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class draws digits on their phones; you choose which the network sees</source>
        <translation>La clase dibuja dígitos en sus teléfonos; tú eliges cuáles ve la red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the drawing to the class digits as</source>
        <translation>Añadir el dibujo a los dígitos de la clase como</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>&amp;Entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear earlier runs</source>
        <translation>Borrar ejecuciones anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the faint curves of earlier runs from the plots</source>
        <translation>Quitar de los gráficos las curvas tenues de ejecuciones anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the earlier runs&apos; faint curves</source>
        <translation>Borrar las curvas tenues de ejecuciones anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Modo presentación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, projector colours</source>
        <translation>Pantalla completa, letra grande, colores de proyector</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch theme</source>
        <translation>Cambiar tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal or high-contrast projector theme</source>
        <translation>Tema normal o de proyector con alto contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight colours</source>
        <translation>Colores de los pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch weight colours</source>
        <translation>Cambiar colores de los pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-red or colour-blind-safe colours</source>
        <translation>Colores azul-rojo o aptos para daltónicos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full colour range</source>
        <translation>Rango de color completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour scales to the largest weight, not the 99th percentile</source>
        <translation>La escala de color llega al peso más grande, no al percentil 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours to the largest |value| (else the 99th percentile)</source>
        <translation>Colores hasta el mayor |valor| (si no, el percentil 99)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spotlight</source>
        <translation>Foco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel under the pointer fills the window; again: back</source>
        <translation>El panel bajo el puntero llena la ventana; otra vez: volver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the panel under the pointer fills the window (again: back)</source>
        <translation>Foco: el panel bajo el puntero llena la ventana (otra vez: volver)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Back from the spotlight</source>
        <translation>Volver del foco</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The whole layout again</source>
        <translation>Volver a la vista completa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show {tab}</source>
        <translation>Mostrar &quot;{tab}&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MNIST Visualizer</source>
        <translation>Acerca de MNIST Visualizer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the built-in lesson</source>
        <translation>Iniciar la lección incluida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text, step by step: from random weights to a convolution</source>
        <translation>El texto del curso, paso a paso: de pesos aleatorios a una convolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file…</source>
        <translation>Abrir un archivo de lección…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson written as a TOML or JSON file</source>
        <translation>Una lección escrita como archivo TOML o JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s next step</source>
        <translation>El siguiente paso de la lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: next step</source>
        <translation>Lección: paso siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s previous step</source>
        <translation>El paso anterior de la lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: previous step</source>
        <translation>Lección: paso anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Leave the lesson</source>
        <translation>Salir de la lección</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave the lesson here and keep working</source>
        <translation>Salir de la lección aquí y seguir trabajando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>AnimationRecorder</name>
    <message>
        <location filename="../../visualizer/recording.py" line="+43"/>
        <source>cannot write an animation as &apos;{name}&apos;: use {known}</source>
        <translation>no se puede escribir una animación como &apos;{name}&apos;: usa {known}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the animation</source>
        <translation>la animación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MP4 needs imageio and imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, or save as .gif or .webp</source>
        <translation>MP4 necesita imageio e imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, o guarda como .gif o .webp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP animation (*.webp)</source>
        <translation>Animación WebP (*.webp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write {path}: {problem}</source>
        <translation>no se puede escribir {path}: {problem}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Recording {seconds} s of the window…</source>
        <translation>Grabando {seconds} s de la ventana…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation</source>
        <translation>Grabar animación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {file}…</source>
        <translation>Escribiendo {file}…</translation>
    </message>
</context>
<context>
    <name>ClassGallery</name>
    <message>
        <location filename="../../visualizer/class_gallery.py" line="+138"/>
        <source>No class digits yet: accept some from the queue.</source>
        <translation>Aún no hay dígitos de la clase: acepta algunos de la cola.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn as {label}, read as {answer} (a check digit: never trained on)</source>
        <translation>dibujado como {label}, leído como {answer} (dígito de control: nunca se entrena con él)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawn as {label}, read as {answer}</source>
        <translation>dibujado como {label}, leído como {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network reads {right} of {total} right ({share}); {check} kept only to check on.</source>
        <translation>La red lee bien {right} de {total} ({share}); {check} se guardan solo como control.</translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../visualizer/collect_panel.py" line="+30"/>
        <source>Collect digits from phones</source>
        <translation>Recoger dígitos desde teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to draw a digit</source>
        <translation>Escanea con la cámara del teléfono para dibujar un dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or open {url}</source>
        <translation>o abre {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must be on the same Wi-Fi as this computer.</source>
        <translation>Los teléfonos deben estar en la misma red wifi que este equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting is stopped: phones cannot send digits.</source>
        <translation>La recogida está detenida: los teléfonos no pueden enviar dígitos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting</source>
        <translation>Empezar a recoger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting</source>
        <translation>Dejar de recoger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting ({n})</source>
        <translation>En espera ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class digits ({n})</source>
        <translation>Dígitos de la clase ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (A)</source>
        <translation>Aceptar (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Rechazar (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all (Shift+A)</source>
        <translation>Aceptar todos (Mayús+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every digit as it arrives</source>
        <translation>Aceptar cada dígito en cuanto llega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits waiting. They appear here as phones send them.</source>
        <translation>No hay dígitos en espera. Aparecen aquí cuando los teléfonos los envían.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class has: {counts}</source>
        <translation>La clase tiene: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot collect: {problem}</source>
        <translation>No se puede recoger: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in another folder…</source>
        <translation>Guardarlos en otra carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a class&apos;s digits kept on another day (a new folder starts an empty set)</source>
        <translation>Abrir los dígitos de una clase guardados otro día (una carpeta nueva empieza un conjunto vacío)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add digits from a folder…</source>
        <translation>Añadir dígitos de una carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the digits of another class-digits folder to these</source>
        <translation>Añadir a estos los dígitos de otra carpeta de dígitos de clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>Borrar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all {n} of the class&apos;s digits from {folder}?</source>
        <translation>¿Borrar de {folder} los {n} dígitos de la clase?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in {folder}</source>
        <translation>Guardados en {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot use {folder}: {problem}</source>
        <translation>No se puede usar {folder}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the class&apos;s digits:</source>
        <translation>Entrenar con los dígitos de la clase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the examples</source>
        <translation>&#xa0;% de los ejemplos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training examples drawn from the class&apos;s digits (its check digits are never trained on: the accuracy chart shows how well the network reads them)</source>
        <translation>La parte de los ejemplos de entrenamiento tomada de los dígitos de la clase (con sus dígitos de control nunca se entrena: el gráfico de exactitud muestra cuánto acierta la red con ellos)</translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="+255"/>
        <source>cannot save the class&apos;s digits in {folder}: {problem}</source>
        <translation>no se pueden guardar los dígitos de la clase en {folder}: {problem}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../visualizer/controls.py" line="+26"/>
        <source>full speed</source>
        <translation>velocidad máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 update/s</source>
        <translation>1 actualización/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} updates/s</source>
        <translation>{rate} actualizaciones/s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>learning rate λ: W ← W − λ ∂L/∂W</source>
        <translation>tasa de aprendizaje λ: W ← W − λ ∂L/∂W</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples per update; 1 = one example at a time (the guide&apos;s)</source>
        <translation>ejemplos por actualización; 1 = un ejemplo cada vez (como en la guía)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full speed, or slow motion that a class can follow</source>
        <translation>velocidad máxima, o cámara lenta que una clase pueda seguir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guide&apos;s one layer, or one hidden layer: changing it starts a new run</source>
        <translation>la capa única de la guía, o una capa oculta: cambiar de red inicia una nueva ejecución</translation>
    </message>
</context>
<context>
    <name>ConvolutionExample</name>
    <message>
        <location filename="../../visualizer/conv_example.py" line="+543"/>
        <source>Forward pass&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</source>
        <translation>Propagación hacia adelante&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>δ = ∂L/∂b = p − y&lt;br&gt;red: p&lt;sub&gt;j&lt;/sub&gt; too high&lt;br&gt;blue: too low</source>
        <translation>δ = ∂L/∂b = p − y&lt;br&gt;rojo: p&lt;sub&gt;j&lt;/sub&gt; muy alta&lt;br&gt;azul: muy baja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step of gradient descent&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</source>
        <translation>Un paso de gradiente&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</translation>
    </message>
</context>
<context>
    <name>ConvolutionExampleView</name>
    <message>
        <location line="-514"/>
        <source>hover over a feature map to see one position&apos;s arithmetic; click to keep it</source>
        <translation>pasa el puntero sobre un mapa de características para ver la aritmética de una posición; haz clic para fijarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch x</source>
        <translation>recuadro x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel K</source>
        <translation>kernel K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product x·K</source>
        <translation>producto x·K</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>x, the patch</source>
        <translation>x, el recuadro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch, K, x·K</source>
        <translation>recuadro, K, x·K</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (tras el pooling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; from block 2 (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; del bloque 2 (tras el pooling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;r&lt;/sub&gt;: to each max</source>
        <translation>δ&lt;sub&gt;r&lt;/sub&gt;: a cada máximo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ΔK = K&lt;sub&gt;after&lt;/sub&gt; − K&lt;sub&gt;before&lt;/sub&gt;</source>
        <translation>ΔK = K&lt;sub&gt;después&lt;/sub&gt; − K&lt;sub&gt;antes&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</source>
        <translation>bloque 2: δ&lt;sub&gt;a2&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (a row per filter)</source>
        <translation>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (una fila por filtro)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feature maps r</source>
        <translation>Mapas de características r</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>patch, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</source>
        <translation>recuadro, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its max</source>
        <translation>su máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x·K at map {map}, ({row}, {column})</source>
        <translation>x·K en el mapa {map}, ({row}, {column})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in no 2×2 window: not pooled</source>
        <translation>en ninguna ventana 2×2: fuera del pooling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2×2 window: {values}</source>
        <translation>ventana 2×2: {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q = its max = {value}</source>
        <translation>q = su máximo = {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r is it: feeds l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</source>
        <translation>r es el máximo: alimenta l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r is not: feeds nothing, δ = 0</source>
        <translation>r no lo es: no alimenta nada, δ = 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>row {row}, col {column}</source>
        <translation>fila {row}, col. {column}</translation>
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
        <translation>filtro {filter}, {where}: {name} = {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>block-2 filter {filter}, {where}: {name} = {value}</source>
        <translation>filtro {filter} del bloque 2, {where}: {name} = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block-2 filter {filter}, on map {map}, {where}: ∂L/∂K2 = {value}</source>
        <translation>filtro {filter} del bloque 2, en el mapa {map}, {where}: ∂L/∂K2 = {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One step asked for: waiting for the new weights…</source>
        <translation>Paso pedido: esperando los pesos nuevos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press &lt;b&gt;Apply one gradient step&lt;/b&gt;:&lt;br&gt;this example&apos;s step,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;and what it changed, here.</source>
        <translation>Haz clic en &lt;b&gt;Aplicar un paso de gradiente&lt;/b&gt;:&lt;br&gt;el paso de este ejemplo,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;y lo que cambió, aquí.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One step, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;largest |ΔK| = {largest_K}&lt;br&gt;largest |Δc| = {largest_c}</source>
        <translation>Un paso, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;mayor |ΔK| = {largest_K}&lt;br&gt;mayor |Δc| = {largest_c}</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+127"/>
        <source>Filters {K} ({k}×{k})</source>
        <translation>Filtros {K} ({k}×{k})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each filter on its own colour scale (its largest |weight| at the ends); a filter&apos;s feature map is large where the ink under it looks like its picture: a = x ⋆ K + c</source>
        <translation>cada filtro con su propia escala de color (su mayor |peso| en los extremos); el mapa de características de un filtro es grande donde la tinta bajo él se parece a su imagen: a = x ⋆ K + c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filters {K}</source>
        <translation>filtros {K}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters K2: {count}, each {maps} × {k}×{k}</source>
        <translation>Filtros K2: {count}, cada uno {maps} × {k}×{k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each block-2 filter is {maps} kernels, one per feature map of block 1 (tiles in the order of the filters of K1)</source>
        <translation>cada filtro del bloque 2 son {maps} kernels, uno por mapa de características del bloque 1 (teselas en el orden de los filtros de K1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filters K2</source>
        <translation>filtros K2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W per digit, on the pooled maps</source>
        <translation>W por dígito, sobre los mapas reducidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where a digit wants that filter to fire, blue where it must not</source>
        <translation>una tesela {side}×{side} por filtro; l_j = Σ q_i w_ij + b_j: rojo donde un dígito quiere que ese filtro se active, azul donde no debe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W per digit</source>
        <translation>W por dígito</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>which of the convolution&apos;s weights to show first where they do not all fit side by side (the spotlight shows them all)</source>
        <translation>qué pesos de la convolución mostrar primero donde no caben todos juntos (el foco los muestra todos)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>filter {filter}, weight (row {row}, col {column}):  K = {value}   (its colour scale: ±{scale})</source>
        <translation>filtro {filter}, peso (fila {row}, col. {column}):  K = {value}   (su escala de color: ±{scale})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}   (its colour scale: ±{scale})</source>
        <translation>filtro {filter} del bloque 2, en el mapa {map}, peso (fila {row}, col. {column}):  K2 = {value}   (su escala de color: ±{scale})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>digit {digit}, filter {filter}&apos;s pooled map at (row {row}, col {column}):  w = {value}</source>
        <translation>dígito {digit}, mapa reducido del filtro {filter} en (fila {row}, col. {column}):  w = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>,  q = {q} for the drawing,  q w = {product}</source>
        <translation>,  q = {q} para el dibujo,  q w = {product}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data.py" line="+54"/>
        <source>{path}: file not found (nor {stem} uncompressed)</source>
        <translation>{path}: archivo no encontrado (ni {stem} sin comprimir)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a gzip file (bad header)</source>
        <translation>{path}: no es un archivo gzip (cabecera incorrecta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: corrupt gzip data ({problem})</source>
        <translation>{path}: datos gzip dañados ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: uncompressed size exceeds {most} bytes</source>
        <translation>{path}: el tamaño sin comprimir supera {most} bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: gzip data is truncated</source>
        <translation>{path}: los datos gzip están truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: unexpected data after the gzip stream</source>
        <translation>{path}: datos inesperados tras el flujo gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {size} bytes is too short for an IDX header</source>
        <translation>{path}: {size} bytes son demasiado pocos para una cabecera IDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: wrong magic number {magic} (expected {expected}: unsigned bytes in {ndim} dimensions)</source>
        <translation>{path}: número mágico {magic} incorrecto (se esperaba {expected}: bytes sin signo en {ndim} dimensiones)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file truncated: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}: archivo truncado: la cabecera dice {shape} ({expected} bytes) pero contiene {size} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file has trailing bytes: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}: el archivo tiene bytes de más al final: la cabecera dice {shape} ({expected} bytes) pero contiene {size} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: images are {height}x{width}, expected 28x28</source>
        <translation>{path}: las imágenes son de {height}x{width}, se esperaba 28x28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds no images</source>
        <translation>{path}: no contiene imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: label {label} at index {index} is outside 0-9</source>
        <translation>{path}: la etiqueta {label} en el índice {index} está fuera de 0-9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {labels} labels but {images_file} holds {images} images</source>
        <translation>{path}: {labels} etiquetas, pero {images_file} contiene {images} imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a folder</source>
        <translation>{path}: no es una carpeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}: no se puede leer ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: has {names} names, expected 10</source>
        <translation>{path}: tiene {names} nombres, se esperaban 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IDX file</source>
        <translation>un archivo IDX</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../visualizer/canvas.py" line="+50"/>
        <source>Draw a digit: left button draws, right button erases, C clears</source>
        <translation>Dibuja un dígito: el botón izquierdo dibuja, el derecho borra, C lo borra todo</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>draw a digit here</source>
        <translation>dibuja un dígito aquí</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../visualizer/example_panel.py" line="+31"/>
        <source>Draw a digit on the canvas, or pick a test image,
to see every number the network computes for it:
logits, probabilities, the loss, and one gradient step.</source>
        <translation>Dibuja un dígito en el lienzo o elige una imagen de prueba
para ver cada número que la red calcula para él:
logits, probabilidades, la pérdida y un paso de gradiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights are not finite numbers (training diverged).
Reset the weights to look inside an example again.</source>
        <translation>Los pesos no son números finitos (el entrenamiento divergió).
Reinicia los pesos para volver a mirar dentro de un ejemplo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the network&apos;s weights…</source>
        <translation>Esperando los pesos de la red…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction (default)</source>
        <translation>predicción (por defecto)</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+20"/>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the true label y: which digit the network should have said</source>
        <translation>la etiqueta verdadera y: qué dígito debería haber dicho la red</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label y:</source>
        <translation>etiqueta verdadera y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss L = −log p&lt;sub&gt;y&lt;/sub&gt; =</source>
        <translation>Pérdida L = −log p&lt;sub&gt;y&lt;/sub&gt; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply this example&apos;s gradient to the live network, once</source>
        <translation>aplicar una vez el gradiente de este ejemplo a la red en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover over a map to read its pixels</source>
        <translation>pasa el puntero sobre un mapa para leer sus píxeles</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Apply one gradient step (λ = {rate})</source>
        <translation>Aplicar un paso de gradiente (λ = {rate})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>y = {label} (the prediction),  p_y = {probability}</source>
        <translation>y = {label} (la predicción),  p_y = {probability}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {label} (chosen),  p_y = {probability}</source>
        <translation>y = {label} (elegida),  p_y = {probability}</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+14"/>
        <source>each map is one filter&apos;s response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window</source>
        <translation>cada mapa es la respuesta de un filtro al dibujo: r = max(0, x ⋆ K + c), y luego el mayor valor de cada ventana 2×2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pooled</source>
        <translation>pooling</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../visualizer/files.py" line="+65"/>
        <source>Open a folder of the four IDX files</source>
        <translation>Abrir una carpeta con los cuatro archivos IDX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this dataset</source>
        <translation>No se puede abrir este conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Still training on {dataset}.</source>
        <translation>{problem}

Se sigue entrenando con {dataset}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load weights</source>
        <translation>Cargar pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Weights (*.npz)</source>
        <translation>Pesos (*.npz)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot load these weights</source>
        <translation>No se pueden cargar estos pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

The current weights are kept.</source>
        <translation>{problem}

Se conservan los pesos actuales.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded {network} weights from {path}</source>
        <translation>pesos de {network} cargados desde {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save weights</source>
        <translation>Guardar pesos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the weights</source>
        <translation>No se pueden guardar los pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights saved to {path}</source>
        <translation>pesos guardados en {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export pictures and metrics to a folder</source>
        <translation>Exportar imágenes y métricas a una carpeta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {path}</source>
        <translation>no se pudo escribir {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {files} to {folder}</source>
        <translation>exportado a {folder}: {files}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record 10 s of the window as an animation</source>
        <translation>Grabar 10 s de la ventana como animación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded {frames} frames ({seconds} s) to {path}</source>
        <translation>{frames} fotogramas ({seconds} s) grabados en {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the animation</source>
        <translation>No se puede grabar la animación</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../core/files.py" line="+14"/>
        <source>{path}: file not found</source>
        <translation>{path}: archivo no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: es una carpeta, no {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}: no se puede leer ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder; give a file name for {what}</source>
        <translation>{path}: es una carpeta; indica un nombre de archivo para {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder {folder}, so {what} cannot be saved there</source>
        <translation>{path}: no existe la carpeta {folder}, así que no se puede guardar {what} allí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not allowed to write there, so {what} cannot be saved</source>
        <translation>{path}: no hay permiso para escribir allí, así que no se puede guardar {what}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../visualizer/actions.py" line="-334"/>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press any key or click to close</source>
        <translation>Presiona cualquier tecla o haz clic para cerrar</translation>
    </message>
</context>
<context>
    <name>HiddenActivity</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="+320"/>
        <source>hidden units</source>
        <translation>unidades ocultas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden units&lt;br&gt;{hidden}</source>
        <translation>unidades ocultas&lt;br&gt;{hidden}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units firing&lt;br&gt;{firing} of {hidden}</source>
        <translation>unidades activas&lt;br&gt;{firing} de {hidden}</translation>
    </message>
</context>
<context>
    <name>HiddenLayerExample</name>
    <message>
        <location line="+17"/>
        <source>Forward pass&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>Propagación hacia adelante&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (rojo: p&lt;sub&gt;j&lt;/sub&gt; muy alta, azul: muy baja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step, both layers&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</source>
        <translation>Un paso, ambas capas&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), for the units this example moves most (a step adds −{lr} × this); titles δ1&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), para las unidades que este ejemplo más mueve (un paso suma −{lr} × esto); títulos δ1&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What those units see: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (red: ink that makes unit k fire); titles k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation>Lo que ven esas unidades: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (rojo: tinta que activa la unidad k); títulos k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit {unit}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>unidad {unit}, píxel (fila {row}, col. {col}):  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location line="-336"/>
        <source>all {hidden}, most influential first</source>
        <translation>las {hidden}, por influencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} most influential</source>
        <translation>{page} más influyentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units {first}–{last}</source>
        <translation>unidades {first}–{last}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>which hidden units to show: the most influential (largest outgoing weights) or a page of them by number</source>
        <translation>qué unidades ocultas mostrar: las más influyentes (mayores pesos de salida) o una página de ellas por número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the {hidden} hidden units look for</source>
        <translation>Qué buscan las {hidden} unidades ocultas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each map is one unit&apos;s 784 incoming weights, a column of W1</source>
        <translation>cada mapa son los 784 pesos de entrada de una unidad, una columna de W1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>,  h = {h} for the drawing</source>
        <translation>,  h = {h} para el dibujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}</source>
        <translation>unidad {unit}: píxel (fila {row}, col. {col})  w1 = {weight}{fired}</translation>
    </message>
</context>
<context>
    <name>LessonCaption</name>
    <message>
        <location filename="../../visualizer/lesson_player.py" line="+115"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>Salir de la lección</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {step} of {steps} · getting it ready…</source>
        <translation>Paso {step} de {steps} · preparándolo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location line="+105"/>
        <source>{file}: the lesson&apos;s steps could not be computed: {problem}</source>
        <translation>{file}: no se pudieron calcular los pasos de la lección: {problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot open this lesson</source>
        <translation>No se puede abrir esta lección</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a lesson</source>
        <translation>Abrir una lección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml *.json)</source>
        <translation>Lecciones (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lesson&apos;s translation has problems</source>
        <translation>La traducción de la lección tiene problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson is shown in English.</source>
        <translation>La lección se muestra en inglés.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{file}, step {step} (&quot;{title}&quot;): {problem}</source>
        <translation>{file}, paso {step} (&quot;{title}&quot;): {problem}</translation>
    </message>
</context>
<context>
    <name>LiveDisplay</name>
    <message>
        <location filename="../../visualizer/frames.py" line="+126"/>
        <source>training</source>
        <translation>entrenando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {rate} examples/s</source>
        <translation> · {rate} ejemplos/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · updates {updates}{rate} · learning rate {learning_rate} · batch size {batch_size}</source>
        <translation>{state} · ejemplos vistos {examples} · época {epoch} ({done} de {total}) · actualizaciones {updates}{rate} · tasa de aprendizaje {learning_rate} · tamaño del lote {batch_size}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualizer/window.py" line="+146"/>
        <source>batch</source>
        <translation>lote</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside one example</source>
        <translation>Dentro de un ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set explorer</source>
        <translation>Explorador del conjunto de prueba</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch a network learn {dataset}</source>
        <translation>Mira cómo una red aprende {dataset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Dibuja algo</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Draw a digit first</source>
        <translation>Primero dibuja un dígito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the class digits as {label}, to train on</source>
        <translation>Añadido a los dígitos de la clase como {label}, para entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the class digits as {label}, to check on</source>
        <translation>Añadido a los dígitos de la clase como {label}, para comprobar</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>test image {index} (label {label}) on the canvas</source>
        <translation>imagen de prueba {index} (etiqueta {label}) en el lienzo</translation>
    </message>
</context>
<context>
    <name>MapMosaic</name>
    <message>
        <location filename="../../visualizer/mosaic.py" line="+371"/>
        <source>map {number}</source>
        <translation>mapa {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: pixel (row {row}, col {column})  {value}</source>
        <translation>{title}: píxel (fila {row}, col. {column})  {value}</translation>
    </message>
</context>
<context>
    <name>MetricsPlots</name>
    <message>
        <location filename="../../visualizer/plots.py" line="+24"/>
        <source>examples seen</source>
        <translation>ejemplos vistos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>ejemplos</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+33"/>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>training accuracy</source>
        <translation>exactitud de entrenamiento</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>test accuracy</source>
        <translation>exactitud de prueba</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>earlier runs</source>
        <translation>ejecuciones anteriores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs</source>
        <translation>ejecuciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class&apos;s check digits</source>
        <translation>dígitos de control de la clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digits</source>
        <translation>dígitos de control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {number}: {label}</source>
        <translation>ejecución {number}: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each update</source>
        <translation>cada actualización</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>smoothed</source>
        <translation>suavizada</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>test</source>
        <translation>prueba</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training (this epoch)</source>
        <translation>entrenamiento (esta época)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>entren.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>λ {rate}: blew up</source>
        <translation>λ {rate}: explotó</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>epoch {number}</source>
        <translation>época {number}</translation>
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
        <translation>oculta {units} {activation}</translation>
    </message>
    <message>
        <location filename="../../core/networks/one_layer.py" line="+51"/>
        <source>one layer</source>
        <translation>una capa</translation>
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
        <translation>Propagación hacia adelante&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (rojo: p&lt;sub&gt;j&lt;/sub&gt; muy alta, azul: muy baja)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step of gradient descent&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Un paso de gradiente&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); a step adds −λ × this = −{lr} × this to W; titles p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); un paso suma −λ × esto = −{lr} × esto a W; títulos p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (red: for digit j, blue: against); titles Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Evidencia w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (rojo: a favor del dígito j, azul: en contra); títulos Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digit {name}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>dígito {name}, píxel (fila {row}, col. {col}):  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>OutputWeights</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="-175"/>
        <source>a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j</source>
        <translation>una fila por dígito, una columna por unidad oculta: l_j = Σ_k h_k w2_kj + b2_j</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unit {unit} → {name}:  w2 = {weight}</source>
        <translation>unidad {unit} → {name}:  w2 = {weight}</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="-214"/>
        <source>Draw a digit</source>
        <translation>Dibuja un dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a {digit}</source>
        <translation>Dibuja un {digit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing pad</source>
        <translation>lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which digit you drew</source>
        <translation>qué dígito dibujaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drew another digit? Tap it above.</source>
        <translation>¿Dibujaste otro dígito? Tócalo arriba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you! Your digit is with the teacher. Draw another?</source>
        <translation>¡Gracias! Tu dígito ya lo tiene el docente. ¿Dibujas otro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit first.</source>
        <translation>Primero dibuja un dígito.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the teacher&apos;s computer. Try again.</source>
        <translation>No se pudo conectar con el equipo del docente. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found. Scan the code on the screen again.</source>
        <translation>No encontrado. Vuelve a escanear el código de la pantalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is from an earlier lesson. Scan the code on the screen again.</source>
        <translation>Esta dirección es de una lección anterior. Vuelve a escanear el código de la pantalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow down a little, please: try again in a second.</source>
        <translation>Más despacio, por favor: inténtalo de nuevo en un segundo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drawing is too big to send.</source>
        <translation>Ese dibujo es demasiado grande para enviarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not a drawing (not JSON).</source>
        <translation>Eso no era un dibujo (no es JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher has many drawings to look at. Try again in a minute.</source>
        <translation>El docente tiene muchos dibujos que mirar. Inténtalo de nuevo en un minuto.</translation>
    </message>
</context>
<context>
    <name>PreprocessingSteps</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="+216"/>
        <source>Naive input (whole canvas)</source>
        <translation>Entrada ingenua (lienzo entero)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed the network the whole canvas averaged to 28×28, without MNIST&apos;s recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters</source>
        <translation>Dar a la red el lienzo entero promediado a 28×28, sin la receta de MNIST (sin recorte, sin ajuste a 20×20, sin centrado), para ver por qué importa la receta</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visualizer/probabilities.py" line="+144"/>
        <source>probability p&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>probabilidad p&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draw a digit</source>
        <translation>dibuja un dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw something</source>
        <translation>dibuja algo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} sure</source>
        <translation>{percent} de certeza</translation>
    </message>
</context>
<context>
    <name>ProcessTrainingController</name>
    <message>
        <location filename="../../visualizer/worker.py" line="+265"/>
        <source>it would not end</source>
        <translation>no se detenía</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was killed by signal {signal}</source>
        <translation>la señal {signal} lo terminó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {code}</source>
        <translation>código de salida {code}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a command could not be sent to the training process: {problem}</source>
        <translation>no se pudo enviar una orden al proceso de entrenamiento: {problem}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>training could not start: {problem}</source>
        <translation>el entrenamiento no pudo empezar: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the training process stopped unexpectedly ({exit})</source>
        <translation>el proceso de entrenamiento se detuvo de forma inesperada ({exit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training process stopped unexpectedly ({exit}), in the middle of a message</source>
        <translation>el proceso de entrenamiento se detuvo de forma inesperada ({exit}), a mitad de un mensaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pipe from the training process broke: it sent something that is not one of its messages ({problem}), so it was stopped</source>
        <translation>se rompió la tubería desde el proceso de entrenamiento: envió algo que no es uno de sus mensajes ({problem}), así que se detuvo el proceso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> What it printed last: {words}</source>
        <translation> Lo último que escribió: {words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}, {times} times; restart the app to train again.{said}</source>
        <translation>{what}, {times} veces; reinicia la app para volver a entrenar.{said}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}, and could not be started again: {problem}.{said}</source>
        <translation>{what}, y no se pudo volver a iniciar: {problem}.{said}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}; it was started again from the last weights, paused, at {examples} examples seen: press Start to go on.{said}</source>
        <translation>{what}; se volvió a iniciar desde los últimos pesos, en pausa, con {examples} ejemplos vistos: haz clic en Iniciar para seguir.{said}</translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../../core/runs.py" line="+19"/>
        <source>{network}, λ {rates}, batch {batches}</source>
        <translation>{network}, λ {rates}, lote {batches}</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <location filename="../../visualizer/spotlight.py" line="+60"/>
        <source>Back to the whole layout (F or Esc)</source>
        <translation>Volver a la vista completa (F o Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: this panel fills the window (F; F or Esc: back)</source>
        <translation>Foco: este panel llena la ventana (F; F o Esc: volver)</translation>
    </message>
</context>
<context>
    <name>StartZoom</name>
    <message>
        <location filename="../../visualizer/plots.py" line="-77"/>
        <source>first {count}</source>
        <translation>primeros {count}</translation>
    </message>
</context>
<context>
    <name>StepsStrip</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="-197"/>
        <source>ink + box</source>
        <translation>tinta + marco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fit 20×20</source>
        <translation>ajuste 20×20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centred 28×28</source>
        <translation>centrado 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ink</source>
        <translation>tinta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive 28×28</source>
        <translation>ingenuo 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no box, no 20×20 fit, no centring</source>
        <translation>sin marco, sin ajuste 20×20, sin centrado</translation>
    </message>
</context>
<context>
    <name>TestSetExplorer</name>
    <message>
        <location filename="../../visualizer/explorer.py" line="+75"/>
        <source>true {true}
→ {predicted} ({confidence})</source>
        <translation>real {true}
→ {predicted} ({confidence})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation>real {true} → {predicted} ({confidence})</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>colour: number of mistakes (log scale) · blue diagonal: right answers
click a cell to see its images</source>
        <translation>color: número de errores (escala log.) · diagonal azul: respuestas correctas
haz clic en una celda para ver sus imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All mistakes</source>
        <translation>Todos los errores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every mistake, most confident first</source>
        <translation>Volver a todos los errores, los más seguros primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on canvas</source>
        <translation>Poner en el lienzo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected test image on the canvas (or double-click it)</source>
        <translation>Poner la imagen de prueba elegida en el lienzo (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+225"/>
        <source>true label</source>
        <translation>dígito real</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>predicted</source>
        <translation>predicción</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{count} test images: no weights yet</source>
        <translation>{count} imágenes de prueba: aún no hay pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set: {accuracy} right ({right} of {count})</source>
        <translation>Prueba: {accuracy} de aciertos ({right} de {count})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>showing the first {shown} of {count} · double-click an image to put it on the canvas</source>
        <translation>se muestran las primeras {shown} de {count} · haz doble clic en una imagen para ponerla en el lienzo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double-click an image to put it on the canvas</source>
        <translation>haz doble clic en una imagen para ponerla en el lienzo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} mistakes, most confident first</source>
        <translation>{count} errores, los más seguros primero</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} images of {true} read as {predicted} (right)</source>
        <translation>{count} imágenes de {true} leídas como {predicted} (correctas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} images of {true} read as {predicted}</source>
        <translation>{count} imágenes de {true} leídas como {predicted}</translation>
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
        <translation>Proyector (alto contraste)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blue-white-red</source>
        <translation>Azul-blanco-rojo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour-blind safe</source>
        <translation>Apto para daltónicos</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../visualizer/timeline.py" line="+19"/>
        <source>▶ Replay</source>
        <translation>▶ Repetir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop replay</source>
        <translation>■ Parar repetición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live · </source>
        <translation>en vivo · </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} examples · test {accuracy}</source>
        <translation>{count} ejemplos · prueba {accuracy}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow training as it happens; off: stay on the newest moment</source>
        <translation>Seguir el entrenamiento mientras ocurre; desactivado: quedarse en el momento más reciente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play back every recorded moment from the start, then go live</source>
        <translation>Reproducir cada momento grabado desde el principio y luego seguir en vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag back to see the weights of an earlier moment (← → Page Up/Down)</source>
        <translation>Arrastra hacia atrás para ver los pesos de un momento anterior (← → Re Pág/Av Pág)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing recorded yet</source>
        <translation>aún no hay nada grabado</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../core/live/trainer_process.py" line="+47"/>
        <source>the training process could not send a {kind}: {problem}</source>
        <translation>el proceso de entrenamiento no pudo enviar un mensaje &quot;{kind}&quot;: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a command the training process did not understand: {problem}</source>
        <translation>una orden que el proceso de entrenamiento no entendió: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipe from the window broke: {problem}</source>
        <translation>se rompió la tubería desde la ventana: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/live/training_loop.py" line="+37"/>
        <source>that step (learning rate {lr}) would blow the weights up, so it was not applied. Try a smaller learning rate.</source>
        <translation>ese paso (tasa de aprendizaje {lr}) haría explotar los pesos, así que no se aplicó. Prueba una tasa de aprendizaje más pequeña.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training paused after an error: {error}</source>
        <translation>entrenamiento en pausa tras un error: {error}</translation>
    </message>
    <message>
        <location filename="../../core/training.py" line="+42"/>
        <source>training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the weights blew up, so the last good weights were restored. Try a smaller learning rate: {suggested} works at batch size {batch}.</source>
        <translation>el entrenamiento divergió con tasa de aprendizaje {lr} (tamaño del lote {batch}, {network}): la pérdida o los pesos explotaron, así que se recuperaron los últimos pesos buenos. Prueba una tasa de aprendizaje más pequeña: {suggested} funciona con tamaño del lote {batch}.</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../visualizer/session.py" line="+114"/>
        <source>the previous training thread did not stop in time; it will be stopped when the window closes</source>
        <translation>el hilo de entrenamiento anterior no se detuvo a tiempo; se detendrá al cerrar la ventana</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a learning rate of {value} is beyond what the app takes: {limit} it is</source>
        <translation>una tasa de aprendizaje de {value} supera lo que admite la app: se usa {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a batch size of {value} is beyond what the app takes: {limit} it is</source>
        <translation>un tamaño de lote de {value} supera lo que admite la app: se usa {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{most} (the training examples)</source>
        <translation>{most} (los ejemplos de entrenamiento)</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="-58"/>
        <source>Weights: one template per digit</source>
        <translation>Pesos: una plantilla por dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: one template per class</source>
        <translation>Pesos: una plantilla por clase</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: pixel (row {row}, col {col})  w = {weight}</source>
        <translation>{name}: píxel (fila {row}, col. {col})  w = {weight}</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../../core/model.py" line="+30"/>
        <source>{path}: holds a network with {kind}, not the one-layer W and b</source>
        <translation>{path}: contiene una red con {kind}, no la W y b de una capa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}missing array {name}</source>
        <translation>{path}: {what}falta el array {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has shape {shape}, expected {expected}</source>
        <translation>{path}: {what}{name} tiene forma {shape}, se esperaba {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has dtype {dtype}, expected floating point</source>
        <translation>{path}: {what}{name} tiene dtype {dtype}, se esperaba coma flotante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} holds NaN or infinite values</source>
        <translation>{path}: {what}{name} contiene valores NaN o infinitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation>un archivo de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled data, which is refused</source>
        <translation>{path}: contiene datos pickle, que se rechazan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a single .npy array, expected an .npz archive of weights</source>
        <translation>{path}: un único array .npy; se esperaba un archivo .npz de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not an .npz weights file (no zip header)</source>
        <translation>{path}: no es un archivo de pesos .npz (sin cabecera zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled objects, which are refused</source>
        <translation>{path}: contiene objetos pickle, que se rechazan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a readable .npz weights file ({problem})</source>
        <translation>{path}: no es un archivo de pesos .npz legible ({problem})</translation>
    </message>
</context>
</TS>
