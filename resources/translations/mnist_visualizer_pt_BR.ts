<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../visualizer/about.py" line="+20"/>
        <source>unknown (not installed)</source>
        <translation>desconhecida (não instalado)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</source>
        <translation>Veja uma rede aprender a ler dígitos escritos à mão, ao vivo, e desenhe dígitos para ela ler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network</source>
        <translation>A rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text&apos;s one fully-connected layer: for an image &lt;i&gt;x&lt;/i&gt; of 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
cross-entropy {loss},&lt;br&gt;
trained by gradient descent with {gradients},
one example at a time or in mini-batches.</source>
        <translation>A única camada totalmente conectada do texto do curso: para uma imagem &lt;i&gt;x&lt;/i&gt; de 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
entropia cruzada {loss},&lt;br&gt;
treinada por gradiente descendente com {gradients},
um exemplo por vez ou em minilotes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hidden-layer option, the text&apos;s next step: {hidden}, {logits}
({f}: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</source>
        <translation>A opção de camada oculta, o passo seguinte do texto: {hidden}, {logits}
({f}: ReLU ou a sigmoide logística), seus gradientes pela mesma regra da cadeia levada uma camada
para trás.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>Dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&amp;times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</source>
        <translation>A base MNIST de dígitos escritos à mão, de Yann LeCun, Corinna Cortes e Christopher J.C.
Burges: 60.000 imagens de treinamento e 10.000 de teste de 28&amp;times;28 pixels, incluídas no app e
disponibilizadas nos termos da licença Creative Commons Atribuição-CompartilhaIgual 3.0
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
        <translation>Licença MIT. Feito com Qt for Python (PySide6), pyqtgraph, NumPy e Pillow.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About MNIST Visualizer</source>
        <translation>Sobre o MNIST Visualizer</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../visualizer/actions.py" line="+125"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Start</source>
        <translation>▶ Iniciar</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start or pause training</source>
        <translation>Iniciar ou pausar o treinamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause training</source>
        <translation>Iniciar / pausar o treinamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update, then pause</source>
        <translation>Uma atualização e pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update (a step of gradient descent)</source>
        <translation>Uma atualização (um passo do gradiente descendente)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh random weights, back to the start</source>
        <translation>Novos pesos aleatórios, de volta ao início</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: fresh random weights</source>
        <translation>Reiniciar: novos pesos aleatórios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear canvas</source>
        <translation>Limpar a tela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the drawing</source>
        <translation>Apaga o desenho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thicker brush</source>
        <translation>Pincel mais grosso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinner brush</source>
        <translation>Pincel mais fino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dataset folder…</source>
        <translation>Abrir pasta de dados…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of the four IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation>Qualquer pasta com os quatro arquivos IDX (MNIST, Fashion-MNIST, …)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load weights…</source>
        <translation>Carregar pesos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save weights…</source>
        <translation>Salvar pesos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export pictures and metrics…</source>
        <translation>Exportar imagens e métricas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmaps and plots as PNG, metrics as CSV</source>
        <translation>Mapas de calor e gráficos em PNG, métricas em CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation…</source>
        <translation>Gravar animação…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 s of the window as an animated GIF, WebP or MP4, for slides</source>
        <translation>10 s da janela como GIF animado, WebP ou MP4, para slides</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collect digits from phones…</source>
        <translation>Coletar dígitos dos celulares…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class draws digits on their phones; you choose which the network sees</source>
        <translation>A turma desenha dígitos nos celulares; você escolhe quais a rede vê</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the drawing to the class digits as</source>
        <translation>Adicionar o desenho aos dígitos da turma como</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear earlier runs</source>
        <translation>Limpar rodadas anteriores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the faint curves of earlier runs from the plots</source>
        <translation>Remove dos gráficos as curvas tênues das rodadas anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the earlier runs&apos; faint curves</source>
        <translation>Limpar as curvas tênues das rodadas anteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Modo apresentação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, projector colours</source>
        <translation>Tela cheia, letras grandes, cores de projetor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch theme</source>
        <translation>Trocar tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal or high-contrast projector theme</source>
        <translation>Tema normal ou de projetor em alto contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight colours</source>
        <translation>Cores dos pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch weight colours</source>
        <translation>Trocar cores dos pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-red or colour-blind-safe colours</source>
        <translation>Cores azul-vermelho ou seguras para daltônicos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full colour range</source>
        <translation>Escala de cores completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour scales to the largest weight, not the 99th percentile</source>
        <translation>A escala de cores vai até o maior peso, não até o percentil 99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours to the largest |value| (else the 99th percentile)</source>
        <translation>Cores até o maior |valor| (senão o percentil 99)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spotlight</source>
        <translation>Destaque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel under the pointer fills the window; again: back</source>
        <translation>O painel sob o ponteiro ocupa a janela; de novo: volta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the panel under the pointer fills the window (again: back)</source>
        <translation>Destaque: o painel sob o ponteiro ocupa a janela (de novo: volta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Back from the spotlight</source>
        <translation>Sair do destaque</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The whole layout again</source>
        <translation>O layout completo de novo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show {tab}</source>
        <translation>Mostrar {tab}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lesson</source>
        <translation>&amp;Lição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MNIST Visualizer</source>
        <translation>Sobre o MNIST Visualizer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the built-in lesson</source>
        <translation>Iniciar a lição incluída</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text, step by step: from random weights to a convolution</source>
        <translation>O texto do curso, etapa por etapa: de pesos aleatórios a uma convolução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file…</source>
        <translation>Abrir um arquivo de lição…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson written as a TOML or JSON file</source>
        <translation>Uma lição escrita como arquivo TOML ou JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Próxima etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s next step</source>
        <translation>A próxima etapa da lição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: next step</source>
        <translation>Lição: próxima etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Etapa anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s previous step</source>
        <translation>A etapa anterior da lição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: previous step</source>
        <translation>Lição: etapa anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Leave the lesson</source>
        <translation>Sair da lição</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave the lesson here and keep working</source>
        <translation>Sair da lição aqui e continuar trabalhando</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>Treinamento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
</context>
<context>
    <name>AnimationRecorder</name>
    <message>
        <location filename="../../visualizer/recording.py" line="+43"/>
        <source>cannot write an animation as &apos;{name}&apos;: use {known}</source>
        <translation>não é possível gravar uma animação como &apos;{name}&apos;: use {known}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the animation</source>
        <translation>a animação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MP4 needs imageio and imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, or save as .gif or .webp</source>
        <translation>MP4 precisa de imageio e imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, ou salve como .gif ou .webp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF animado (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP animation (*.webp)</source>
        <translation>Animação WebP (*.webp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write {path}: {problem}</source>
        <translation>não é possível gravar {path}: {problem}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Recording {seconds} s of the window…</source>
        <translation>Gravando {seconds} s da janela…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation</source>
        <translation>Gravar animação</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {file}…</source>
        <translation>Escrevendo {file}…</translation>
    </message>
</context>
<context>
    <name>ClassGallery</name>
    <message>
        <location filename="../../visualizer/class_gallery.py" line="+138"/>
        <source>No class digits yet: accept some from the queue.</source>
        <translation>Ainda não há dígitos da turma: aceite alguns da fila.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn as {label}, read as {answer} (a check digit: never trained on)</source>
        <translation>desenhado como {label}, lido como {answer} (dígito de verificação: nunca treinado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawn as {label}, read as {answer}</source>
        <translation>desenhado como {label}, lido como {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network reads {right} of {total} right ({share}); {check} kept only to check on.</source>
        <translation>A rede lê certo {right} de {total} ({share}); {check} guardados só para verificação.</translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../visualizer/collect_panel.py" line="+30"/>
        <source>Collect digits from phones</source>
        <translation>Coletar dígitos dos celulares</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to draw a digit</source>
        <translation>Aponte a câmera do celular para desenhar um dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or open {url}</source>
        <translation>ou abra {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must be on the same Wi-Fi as this computer.</source>
        <translation>Os celulares precisam estar no mesmo Wi-Fi que este computador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting is stopped: phones cannot send digits.</source>
        <translation>A coleta está parada: os celulares não podem enviar dígitos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting</source>
        <translation>Iniciar coleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting</source>
        <translation>Parar coleta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting ({n})</source>
        <translation>Na fila ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class digits ({n})</source>
        <translation>Dígitos da turma ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (A)</source>
        <translation>Aceitar (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>Rejeitar (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all (Shift+A)</source>
        <translation>Aceitar todos (Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every digit as it arrives</source>
        <translation>Aceitar cada dígito assim que chegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits waiting. They appear here as phones send them.</source>
        <translation>Nenhum dígito na fila. Eles aparecem aqui quando os celulares enviam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class has: {counts}</source>
        <translation>A turma tem: {counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot collect: {problem}</source>
        <translation>Não é possível coletar: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in another folder…</source>
        <translation>Guardar em outra pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a class&apos;s digits kept on another day (a new folder starts an empty set)</source>
        <translation>Abrir os dígitos de uma turma guardados em outro dia (uma pasta nova começa um conjunto vazio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add digits from a folder…</source>
        <translation>Adicionar dígitos de uma pasta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the digits of another class-digits folder to these</source>
        <translation>Adicionar a estes os dígitos de outra pasta de dígitos da turma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>Limpar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all {n} of the class&apos;s digits from {folder}?</source>
        <translation>Remover todos os {n} dígitos da turma de {folder}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in {folder}</source>
        <translation>Guardados em {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot use {folder}: {problem}</source>
        <translation>Não é possível usar {folder}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the class&apos;s digits:</source>
        <translation>Treinar com os dígitos da turma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the examples</source>
        <translation>% dos exemplos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training examples drawn from the class&apos;s digits (its check digits are never trained on: the accuracy chart shows how well the network reads them)</source>
        <translation>A parte dos exemplos de treinamento tirada dos dígitos da turma (os dígitos de verificação nunca são usados no treinamento: o gráfico de acurácia mostra como a rede os lê)</translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="+255"/>
        <source>cannot save the class&apos;s digits in {folder}: {problem}</source>
        <translation>não é possível salvar os dígitos da turma em {folder}: {problem}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../visualizer/controls.py" line="+26"/>
        <source>full speed</source>
        <translation>velocidade máxima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 update/s</source>
        <translation>1 passo/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} updates/s</source>
        <translation>{rate} passos/s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>learning rate λ: W ← W − λ ∂L/∂W</source>
        <translation>taxa de aprendizado λ: W ← W − λ ∂L/∂W</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples per update; 1 = one example at a time (the guide&apos;s)</source>
        <translation>exemplos por atualização; 1 = um exemplo por vez (como no guia)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full speed, or slow motion that a class can follow</source>
        <translation>velocidade máxima, ou câmera lenta que a turma consegue acompanhar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guide&apos;s one layer, or one hidden layer: changing it starts a new run</source>
        <translation>a camada única do guia, ou uma camada oculta: trocar começa uma nova rodada</translation>
    </message>
</context>
<context>
    <name>ConvolutionExample</name>
    <message>
        <location filename="../../visualizer/conv_example.py" line="+543"/>
        <source>Forward pass&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</source>
        <translation>Propagação para frente&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>δ = ∂L/∂b = p − y&lt;br&gt;red: p&lt;sub&gt;j&lt;/sub&gt; too high&lt;br&gt;blue: too low</source>
        <translation>δ = ∂L/∂b = p − y&lt;br&gt;vermelho: p&lt;sub&gt;j&lt;/sub&gt; alto demais&lt;br&gt;azul: baixo demais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step of gradient descent&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</source>
        <translation>Um passo do gradiente descendente&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</translation>
    </message>
</context>
<context>
    <name>ConvolutionExampleView</name>
    <message>
        <location line="-514"/>
        <source>hover over a feature map to see one position&apos;s arithmetic; click to keep it</source>
        <translation>passe o mouse sobre um mapa de características para ver a conta de uma posição; clique para fixá-la</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch x</source>
        <translation>recorte x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel K</source>
        <translation>kernel K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product x·K</source>
        <translation>produto x·K</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>x, the patch</source>
        <translation>x, o recorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch, K, x·K</source>
        <translation>recorte, K, x·K</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (após o pooling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; from block 2 (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; do bloco 2 (após o pooling)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;r&lt;/sub&gt;: to each max</source>
        <translation>δ&lt;sub&gt;r&lt;/sub&gt;: para cada máximo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ΔK = K&lt;sub&gt;after&lt;/sub&gt; − K&lt;sub&gt;before&lt;/sub&gt;</source>
        <translation>ΔK = K&lt;sub&gt;depois&lt;/sub&gt; − K&lt;sub&gt;antes&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</source>
        <translation>bloco 2: δ&lt;sub&gt;a2&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (a row per filter)</source>
        <translation>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (uma linha por filtro)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feature maps r</source>
        <translation>Mapas de características r</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>patch, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</source>
        <translation>recorte, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its max</source>
        <translation>seu máximo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x·K at map {map}, ({row}, {column})</source>
        <translation>x·K no mapa {map}, ({row}, {column})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in no 2×2 window: not pooled</source>
        <translation>fora de qualquer janela 2×2: sem pooling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2×2 window: {values}</source>
        <translation>janela 2×2: {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q = its max = {value}</source>
        <translation>q = seu máximo = {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r is it: feeds l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</source>
        <translation>r é o máximo: alimenta l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r is not: feeds nothing, δ = 0</source>
        <translation>r não é o máximo: não alimenta nada, δ = 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>row {row}, col {column}</source>
        <translation>linha {row}, col. {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x at {where} = {value}</source>
        <translation>x em {where} = {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} at {where} = {value}</source>
        <translation>{name} em {where} = {value}</translation>
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
        <translation>filtro {filter} do bloco 2, {where}: {name} = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block-2 filter {filter}, on map {map}, {where}: ∂L/∂K2 = {value}</source>
        <translation>filtro {filter} do bloco 2, no mapa {map}, {where}: ∂L/∂K2 = {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One step asked for: waiting for the new weights…</source>
        <translation>Um passo pedido: esperando os novos pesos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press &lt;b&gt;Apply one gradient step&lt;/b&gt;:&lt;br&gt;this example&apos;s step,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;and what it changed, here.</source>
        <translation>Aperte &lt;b&gt;Aplicar um passo de gradiente&lt;/b&gt;:&lt;br&gt;o passo deste exemplo,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;e o que ele mudou, aqui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One step, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;largest |ΔK| = {largest_K}&lt;br&gt;largest |Δc| = {largest_c}</source>
        <translation>Um passo, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;maior |ΔK| = {largest_K}&lt;br&gt;maior |Δc| = {largest_c}</translation>
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
        <translation>cada filtro na sua própria escala de cores (seu maior |peso| nas pontas); o mapa de características de um filtro é grande onde a tinta embaixo dele parece com a sua imagem: a = x ⋆ K + c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filters {K}</source>
        <translation>filtros {K}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters K2: {count}, each {maps} × {k}×{k}</source>
        <translation>Filtros K2: {count}, cada um {maps} × {k}×{k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each block-2 filter is {maps} kernels, one per feature map of block 1 (tiles in the order of the filters of K1)</source>
        <translation>cada filtro do bloco 2 são {maps} kernels, um por mapa de características do bloco 1 (quadros na ordem dos filtros de K1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filters K2</source>
        <translation>filtros K2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W per digit, on the pooled maps</source>
        <translation>W por dígito, nos mapas após o pooling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where a digit wants that filter to fire, blue where it must not</source>
        <translation>um quadro {side}×{side} por filtro; l_j = Σ q_i w_ij + b_j: vermelho onde um dígito quer que o filtro dispare, azul onde não pode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W per digit</source>
        <translation>W por dígito</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>which of the convolution&apos;s weights to show first where they do not all fit side by side (the spotlight shows them all)</source>
        <translation>quais pesos da convolução mostrar primeiro quando não cabem todos lado a lado (o destaque mostra todos)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>filter {filter}, weight (row {row}, col {column}):  K = {value}   (its colour scale: ±{scale})</source>
        <translation>filtro {filter}, peso (linha {row}, col. {column}):  K = {value}   (sua escala de cores: ±{scale})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}   (its colour scale: ±{scale})</source>
        <translation>filtro {filter} do bloco 2, no mapa {map}, peso (linha {row}, col. {column}):  K2 = {value}   (sua escala de cores: ±{scale})</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>digit {digit}, filter {filter}&apos;s pooled map at (row {row}, col {column}):  w = {value}</source>
        <translation>dígito {digit}, mapa após o pooling do filtro {filter} em (linha {row}, col. {column}):  w = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>,  q = {q} for the drawing,  q w = {product}</source>
        <translation>,  q = {q} para o desenho,  q w = {product}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data.py" line="+54"/>
        <source>{path}: file not found (nor {stem} uncompressed)</source>
        <translation>{path}: arquivo não encontrado (nem {stem} descompactado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a gzip file (bad header)</source>
        <translation>{path}: não é um arquivo gzip (cabeçalho inválido)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: corrupt gzip data ({problem})</source>
        <translation>{path}: dados gzip corrompidos ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: uncompressed size exceeds {most} bytes</source>
        <translation>{path}: o tamanho descompactado passa de {most} bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: gzip data is truncated</source>
        <translation>{path}: os dados gzip estão truncados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: unexpected data after the gzip stream</source>
        <translation>{path}: dados inesperados depois do fluxo gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {size} bytes is too short for an IDX header</source>
        <translation>{path}: {size} bytes é curto demais para um cabeçalho IDX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: wrong magic number {magic} (expected {expected}: unsigned bytes in {ndim} dimensions)</source>
        <translation>{path}: número mágico errado {magic} (esperado {expected}: bytes sem sinal em {ndim} dimensões)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file truncated: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}: arquivo truncado: o cabeçalho diz {shape} ({expected} bytes), mas ele tem {size} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file has trailing bytes: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}: arquivo com bytes sobrando no fim: o cabeçalho diz {shape} ({expected} bytes), mas ele tem {size} bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: images are {height}x{width}, expected 28x28</source>
        <translation>{path}: as imagens são {height}x{width}, esperado 28x28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds no images</source>
        <translation>{path}: não contém imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: label {label} at index {index} is outside 0-9</source>
        <translation>{path}: o rótulo {label} no índice {index} está fora de 0-9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {labels} labels but {images_file} holds {images} images</source>
        <translation>{path}: {labels} rótulos, mas {images_file} tem {images} imagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a folder</source>
        <translation>{path}: não é uma pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}: não é possível ler ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: has {names} names, expected 10</source>
        <translation>{path}: tem {names} nomes, esperado 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IDX file</source>
        <translation>um arquivo IDX</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../visualizer/canvas.py" line="+50"/>
        <source>Draw a digit: left button draws, right button erases, C clears</source>
        <translation>Desenhe um dígito: o botão esquerdo desenha, o direito apaga, C limpa</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>draw a digit here</source>
        <translation>desenhe aqui</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../visualizer/example_panel.py" line="+31"/>
        <source>Draw a digit on the canvas, or pick a test image,
to see every number the network computes for it:
logits, probabilities, the loss, and one gradient step.</source>
        <translation>Desenhe um dígito na tela, ou escolha uma imagem de teste,
para ver cada número que a rede calcula para ele:
logits, probabilidades, a perda e um passo de gradiente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights are not finite numbers (training diverged).
Reset the weights to look inside an example again.</source>
        <translation>Os pesos não são números finitos (o treinamento divergiu).
Reinicie os pesos para olhar dentro de um exemplo de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the network&apos;s weights…</source>
        <translation>Esperando os pesos da rede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction (default)</source>
        <translation>previsão (padrão)</translation>
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
        <translation>o rótulo verdadeiro y: o dígito que a rede deveria ter dito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label y:</source>
        <translation>rótulo verdadeiro y:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss L = −log p&lt;sub&gt;y&lt;/sub&gt; =</source>
        <translation>Perda L = −log p&lt;sub&gt;y&lt;/sub&gt; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply this example&apos;s gradient to the live network, once</source>
        <translation>aplicar o gradiente deste exemplo à rede ao vivo, uma vez</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover over a map to read its pixels</source>
        <translation>passe o mouse sobre um mapa para ler seus pixels</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Apply one gradient step (λ = {rate})</source>
        <translation>Aplicar um passo de gradiente (λ = {rate})</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>y = {label} (the prediction),  p_y = {probability}</source>
        <translation>y = {label} (a previsão),  p_y = {probability}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {label} (chosen),  p_y = {probability}</source>
        <translation>y = {label} (escolhido),  p_y = {probability}</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+14"/>
        <source>each map is one filter&apos;s response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window</source>
        <translation>cada mapa é a resposta de um filtro ao desenho: r = max(0, x ⋆ K + c), depois o maior valor de cada janela 2×2</translation>
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
        <translation>Abrir uma pasta com os quatro arquivos IDX</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this dataset</source>
        <translation>Não é possível abrir estes dados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Still training on {dataset}.</source>
        <translation>{problem}

O treinamento continua em {dataset}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load weights</source>
        <translation>Carregar pesos</translation>
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
        <translation>Não é possível carregar estes pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

The current weights are kept.</source>
        <translation>{problem}

Os pesos atuais foram mantidos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded {network} weights from {path}</source>
        <translation>pesos de {network} carregados de {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save weights</source>
        <translation>Salvar pesos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the weights</source>
        <translation>Não é possível salvar os pesos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights saved to {path}</source>
        <translation>pesos salvos em {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export pictures and metrics to a folder</source>
        <translation>Exportar imagens e métricas para uma pasta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {path}</source>
        <translation>não foi possível gravar {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>Não é possível exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {files} to {folder}</source>
        <translation>{files} exportados para {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record 10 s of the window as an animation</source>
        <translation>Gravar 10 s da janela como animação</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded {frames} frames ({seconds} s) to {path}</source>
        <translation>{frames} quadros ({seconds} s) gravados em {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the animation</source>
        <translation>Não é possível gravar a animação</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../core/files.py" line="+14"/>
        <source>{path}: file not found</source>
        <translation>{path}: arquivo não encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: é uma pasta, não {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}: não é possível ler ({problem})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder; give a file name for {what}</source>
        <translation>{path}: é uma pasta; dê um nome de arquivo para {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder {folder}, so {what} cannot be saved there</source>
        <translation>{path}: a pasta {folder} não existe, então não dá para salvar {what} lá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not allowed to write there, so {what} cannot be saved</source>
        <translation>{path}: sem permissão para gravar lá, então não dá para salvar {what}</translation>
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
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press any key or click to close</source>
        <translation>Aperte qualquer tecla ou clique para fechar</translation>
    </message>
</context>
<context>
    <name>HiddenActivity</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="+320"/>
        <source>hidden units</source>
        <translation>camada oculta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden units&lt;br&gt;{hidden}</source>
        <translation>camada oculta&lt;br&gt;{hidden}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units firing&lt;br&gt;{firing} of {hidden}</source>
        <translation>disparando&lt;br&gt;{firing} de {hidden}</translation>
    </message>
</context>
<context>
    <name>HiddenLayerExample</name>
    <message>
        <location line="+17"/>
        <source>Forward pass&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>Propagação para frente&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (vermelho: p&lt;sub&gt;j&lt;/sub&gt; alto demais, azul: baixo demais)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step, both layers&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</source>
        <translation>Um passo, as duas camadas&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), for the units this example moves most (a step adds −{lr} × this); titles δ1&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), para as unidades que este exemplo mais mexe (um passo soma −{lr} × isto); títulos δ1&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What those units see: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (red: ink that makes unit k fire); titles k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation>O que essas unidades veem: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (vermelho: tinta que faz a unidade k disparar); títulos k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit {unit}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>unidade {unit}, pixel (linha {row}, col. {col}):  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location line="-336"/>
        <source>all {hidden}, most influential first</source>
        <translation>todas as {hidden}, as mais influentes primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} most influential</source>
        <translation>{page} mais influentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units {first}–{last}</source>
        <translation>unidades {first}–{last}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>which hidden units to show: the most influential (largest outgoing weights) or a page of them by number</source>
        <translation>quais unidades ocultas mostrar: as mais influentes (maiores pesos de saída) ou uma página delas por número</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the {hidden} hidden units look for</source>
        <translation>O que as {hidden} unidades procuram</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each map is one unit&apos;s 784 incoming weights, a column of W1</source>
        <translation>cada mapa são os 784 pesos de entrada de uma unidade, uma coluna de W1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>,  h = {h} for the drawing</source>
        <translation>,  h = {h} para o desenho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}</source>
        <translation>unidade {unit}: pixel (linha {row}, col. {col})  w1 = {weight}{fired}</translation>
    </message>
</context>
<context>
    <name>LessonCaption</name>
    <message>
        <location filename="../../visualizer/lesson_player.py" line="+115"/>
        <source>◀ Back</source>
        <translation>◀ Voltar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Próxima ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>Sair da lição</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {step} of {steps} · getting it ready…</source>
        <translation>Etapa {step} de {steps} · preparando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} of {steps}</source>
        <translation>Etapa {step} de {steps}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location line="+105"/>
        <source>{file}: the lesson&apos;s steps could not be computed: {problem}</source>
        <translation>{file}: não foi possível calcular as etapas da lição: {problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot open this lesson</source>
        <translation>Não é possível abrir esta lição</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a lesson</source>
        <translation>Abrir uma lição</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml *.json)</source>
        <translation>Lições (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lesson&apos;s translation has problems</source>
        <translation>A tradução da lição tem problemas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson is shown in English.</source>
        <translation>A lição é mostrada em inglês.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{file}, step {step} (&quot;{title}&quot;): {problem}</source>
        <translation>{file}, etapa {step} (&quot;{title}&quot;): {problem}</translation>
    </message>
</context>
<context>
    <name>LiveDisplay</name>
    <message>
        <location filename="../../visualizer/frames.py" line="+126"/>
        <source>training</source>
        <translation>treinando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>pausado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {rate} examples/s</source>
        <translation> · {rate} exemplos/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · updates {updates}{rate} · learning rate {learning_rate} · batch size {batch_size}</source>
        <translation>{state} · exemplos vistos {examples} · época {epoch} ({done} de {total}) · atualizações {updates}{rate} · taxa de aprendizado {learning_rate} · tamanho do lote {batch_size}</translation>
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
        <translation>Aprendizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside one example</source>
        <translation>Por dentro de um exemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set explorer</source>
        <translation>Explorador do conjunto de teste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch a network learn {dataset}</source>
        <translation>Veja uma rede aprender {dataset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit</source>
        <translation>Desenhe um dígito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>Desenhe algo</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Draw a digit first</source>
        <translation>Desenhe um dígito primeiro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the class digits as {label}, to train on</source>
        <translation>Adicionado aos dígitos da turma como {label}, para treinar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the class digits as {label}, to check on</source>
        <translation>Adicionado aos dígitos da turma como {label}, para conferir</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>test image {index} (label {label}) on the canvas</source>
        <translation>imagem de teste {index} (rótulo {label}) na tela</translation>
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
        <translation>{title}: pixel (linha {row}, col. {column})  {value}</translation>
    </message>
</context>
<context>
    <name>MetricsPlots</name>
    <message>
        <location filename="../../visualizer/plots.py" line="+24"/>
        <source>examples seen</source>
        <translation>exemplos vistos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>exemplos</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+33"/>
        <source>training loss</source>
        <translation>perda de treinamento</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>training accuracy</source>
        <translation>acurácia de treinamento</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>test accuracy</source>
        <translation>acurácia de teste</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>earlier runs</source>
        <translation>rodadas anteriores</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs</source>
        <translation>rodadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class&apos;s check digits</source>
        <translation>dígitos de verificação da turma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digits</source>
        <translation>dígitos de verificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {number}: {label}</source>
        <translation>rodada {number}: {label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>perda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each update</source>
        <translation>cada atualização</translation>
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
        <translation>teste</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation>atualização</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy</source>
        <translation>acurácia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training (this epoch)</source>
        <translation>treinamento (esta época)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>treinamento</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>λ {rate}: blew up</source>
        <translation>λ {rate}: explodiu</translation>
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
        <translation>uma camada</translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <location filename="../../visualizer/translation.py" line="+120"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>OneLayerExample</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="+63"/>
        <source>Forward pass&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>Propagação para frente&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (vermelho: p&lt;sub&gt;j&lt;/sub&gt; alto demais, azul: baixo demais)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step of gradient descent&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Um passo do gradiente descendente&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); a step adds −λ × this = −{lr} × this to W; titles p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); um passo soma −λ × isto = −{lr} × isto a W; títulos p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (red: for digit j, blue: against); titles Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>Evidência w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (vermelho: a favor do dígito j, azul: contra); títulos Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digit {name}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>dígito {name}, pixel (linha {row}, col. {col}):  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>OutputWeights</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="-175"/>
        <source>a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j</source>
        <translation>uma linha por dígito, uma coluna por unidade oculta: l_j = Σ_k h_k w2_kj + b2_j</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unit {unit} → {name}:  w2 = {weight}</source>
        <translation>unidade {unit} → {name}:  w2 = {weight}</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="-214"/>
        <source>Draw a digit</source>
        <translation>Desenhe um dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a {digit}</source>
        <translation>Desenhe um {digit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing pad</source>
        <translation>área de desenho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which digit you drew</source>
        <translation>qual dígito você desenhou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drew another digit? Tap it above.</source>
        <translation>Desenhou outro dígito? Toque nele acima.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you! Your digit is with the teacher. Draw another?</source>
        <translation>Obrigado! Seu dígito chegou ao professor. Desenhar outro?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit first.</source>
        <translation>Desenhe um dígito primeiro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the teacher&apos;s computer. Try again.</source>
        <translation>Não foi possível falar com o computador do professor. Tente de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found. Scan the code on the screen again.</source>
        <translation>Não encontrado. Escaneie o código da tela de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is from an earlier lesson. Scan the code on the screen again.</source>
        <translation>Este endereço é de uma aula anterior. Escaneie o código da tela de novo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow down a little, please: try again in a second.</source>
        <translation>Mais devagar, por favor: tente de novo daqui a um segundo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drawing is too big to send.</source>
        <translation>Esse desenho é grande demais para enviar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not a drawing (not JSON).</source>
        <translation>Isso não era um desenho (não é JSON).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher has many drawings to look at. Try again in a minute.</source>
        <translation>O professor tem muitos desenhos para olhar. Tente de novo daqui a um minuto.</translation>
    </message>
</context>
<context>
    <name>PreprocessingSteps</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="+216"/>
        <source>Naive input (whole canvas)</source>
        <translation>Entrada ingênua (tela inteira)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed the network the whole canvas averaged to 28×28, without MNIST&apos;s recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters</source>
        <translation>Dar à rede a tela inteira reduzida por média a 28×28, sem a receita do MNIST (sem recorte, sem ajuste a 20×20, sem centralizar), para ver por que a receita importa</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visualizer/probabilities.py" line="+144"/>
        <source>probability p&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>probabilidade p&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draw a digit</source>
        <translation>desenhe um dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw something</source>
        <translation>desenhe algo</translation>
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
        <translation>ele não terminava</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was killed by signal {signal}</source>
        <translation>ele foi encerrado pelo sinal {signal}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {code}</source>
        <translation>código de saída {code}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a command could not be sent to the training process: {problem}</source>
        <translation>não foi possível enviar um comando ao processo de treinamento: {problem}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>training could not start: {problem}</source>
        <translation>o treinamento não pôde começar: {problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the training process stopped unexpectedly ({exit})</source>
        <translation>o processo de treinamento parou inesperadamente ({exit})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training process stopped unexpectedly ({exit}), in the middle of a message</source>
        <translation>o processo de treinamento parou inesperadamente ({exit}), no meio de uma mensagem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pipe from the training process broke: it sent something that is not one of its messages ({problem}), so it was stopped</source>
        <translation>a conexão com o processo de treinamento quebrou: ele enviou algo que não é uma das suas mensagens ({problem}), então foi parado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> What it printed last: {words}</source>
        <translation> A última coisa que ele escreveu: {words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}, {times} times; restart the app to train again.{said}</source>
        <translation>{what}, {times} vezes; reinicie o app para treinar de novo.{said}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}, and could not be started again: {problem}.{said}</source>
        <translation>{what}, e não pôde ser iniciado de novo: {problem}.{said}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}; it was started again from the last weights, paused, at {examples} examples seen: press Start to go on.{said}</source>
        <translation>{what}; ele foi iniciado de novo a partir dos últimos pesos, pausado, com {examples} exemplos vistos: aperte Iniciar para continuar.{said}</translation>
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
        <translation>Voltar ao layout completo (F ou Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: this panel fills the window (F; F or Esc: back)</source>
        <translation>Destaque: este painel ocupa a janela (F; F ou Esc: volta)</translation>
    </message>
</context>
<context>
    <name>StartZoom</name>
    <message>
        <location filename="../../visualizer/plots.py" line="-77"/>
        <source>first {count}</source>
        <translation>primeiros {count}</translation>
    </message>
</context>
<context>
    <name>StepsStrip</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="-197"/>
        <source>ink + box</source>
        <translation>tinta + caixa</translation>
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
        <translation>ingênua 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no box, no 20×20 fit, no centring</source>
        <translation>sem caixa, sem ajuste 20×20, sem centralizar</translation>
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
        <translation>cor: número de erros (escala log) · diagonal azul: respostas certas
clique numa célula para ver suas imagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All mistakes</source>
        <translation>Todos os erros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every mistake, most confident first</source>
        <translation>De volta a todos os erros, os mais confiantes primeiro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on canvas</source>
        <translation>Pôr na tela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected test image on the canvas (or double-click it)</source>
        <translation>Desenhar a imagem de teste escolhida na tela (ou clique duas vezes nela)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+225"/>
        <source>true label</source>
        <translation>rótulo verdadeiro</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>predicted</source>
        <translation>previsto</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{count} test images: no weights yet</source>
        <translation>{count} imagens de teste: ainda sem pesos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set: {accuracy} right ({right} of {count})</source>
        <translation>Conjunto de teste: {accuracy} certas ({right} de {count})</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>showing the first {shown} of {count} · double-click an image to put it on the canvas</source>
        <translation>mostrando as primeiras {shown} de {count} · clique duas vezes numa imagem para pô-la na tela</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double-click an image to put it on the canvas</source>
        <translation>clique duas vezes numa imagem para pô-la na tela</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} mistakes, most confident first</source>
        <translation>{count} erros, mais confiantes primeiro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} images of {true} read as {predicted} (right)</source>
        <translation>{count} imagens de {true} lidas como {predicted} (certo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} images of {true} read as {predicted}</source>
        <translation>{count} imagens de {true} lidas como {predicted}</translation>
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
        <translation>Projetor (alto contraste)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blue-white-red</source>
        <translation>Azul-branco-vermelho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour-blind safe</source>
        <translation>Seguro para daltônicos</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../visualizer/timeline.py" line="+19"/>
        <source>▶ Replay</source>
        <translation>▶ Replay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop replay</source>
        <translation>■ Parar replay</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live · </source>
        <translation>ao vivo · </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} examples · test {accuracy}</source>
        <translation>{count} exemplos · teste {accuracy}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Live</source>
        <translation>● Ao vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow training as it happens; off: stay on the newest moment</source>
        <translation>Acompanhar o treinamento enquanto acontece; desligado: fica no momento mais recente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play back every recorded moment from the start, then go live</source>
        <translation>Reproduzir cada momento gravado desde o início, depois voltar ao vivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag back to see the weights of an earlier moment (← → Page Up/Down)</source>
        <translation>Arraste para trás para ver os pesos de um momento anterior (← → Page Up/Down)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing recorded yet</source>
        <translation>nada gravado ainda</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../core/live/trainer_process.py" line="+47"/>
        <source>the training process could not send a {kind}: {problem}</source>
        <translation>o processo de treinamento não conseguiu enviar a mensagem {kind}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a command the training process did not understand: {problem}</source>
        <translation>um comando que o processo de treinamento não entendeu: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipe from the window broke: {problem}</source>
        <translation>a conexão com a janela quebrou: {problem}</translation>
    </message>
    <message>
        <location filename="../../core/live/training_loop.py" line="+37"/>
        <source>that step (learning rate {lr}) would blow the weights up, so it was not applied. Try a smaller learning rate.</source>
        <translation>esse passo (taxa de aprendizado {lr}) faria os pesos explodirem, então não foi aplicado. Tente uma taxa de aprendizado menor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training paused after an error: {error}</source>
        <translation>treinamento pausado após um erro: {error}</translation>
    </message>
    <message>
        <location filename="../../core/training.py" line="+42"/>
        <source>training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the weights blew up, so the last good weights were restored. Try a smaller learning rate: {suggested} works at batch size {batch}.</source>
        <translation>o treinamento divergiu com taxa de aprendizado {lr} (tamanho do lote {batch}, {network}): a perda ou os pesos explodiram, então os últimos pesos bons foram restaurados. Tente uma taxa de aprendizado menor: {suggested} funciona com tamanho do lote {batch}.</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../visualizer/session.py" line="+114"/>
        <source>the previous training thread did not stop in time; it will be stopped when the window closes</source>
        <translation>o processo de treinamento anterior não parou a tempo; ele será parado quando a janela fechar</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a learning rate of {value} is beyond what the app takes: {limit} it is</source>
        <translation>uma taxa de aprendizado de {value} está além do que o app aceita: será {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a batch size of {value} is beyond what the app takes: {limit} it is</source>
        <translation>um tamanho do lote de {value} está além do que o app aceita: será {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{most} (the training examples)</source>
        <translation>{most} (os exemplos de treinamento)</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="-58"/>
        <source>Weights: one template per digit</source>
        <translation>Pesos: um molde por dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: one template per class</source>
        <translation>Pesos: um molde por classe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: pixel (row {row}, col {col})  w = {weight}</source>
        <translation>{name}: pixel (linha {row}, col. {col})  w = {weight}</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../../core/model.py" line="+30"/>
        <source>{path}: holds a network with {kind}, not the one-layer W and b</source>
        <translation>{path}: contém uma rede com {kind}, não o W e b de uma camada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}missing array {name}</source>
        <translation>{path}: {what}falta o array {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has shape {shape}, expected {expected}</source>
        <translation>{path}: {what}{name} tem formato {shape}, esperado {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has dtype {dtype}, expected floating point</source>
        <translation>{path}: {what}{name} tem dtype {dtype}, esperado ponto flutuante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} holds NaN or infinite values</source>
        <translation>{path}: {what}{name} contém valores NaN ou infinitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation>um arquivo de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled data, which is refused</source>
        <translation>{path}: contém dados pickle, que são recusados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a single .npy array, expected an .npz archive of weights</source>
        <translation>{path}: um único array .npy, esperado um arquivo .npz de pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not an .npz weights file (no zip header)</source>
        <translation>{path}: não é um arquivo de pesos .npz (sem cabeçalho zip)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled objects, which are refused</source>
        <translation>{path}: contém objetos pickle, que são recusados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a readable .npz weights file ({problem})</source>
        <translation>{path}: não é um arquivo de pesos .npz legível ({problem})</translation>
    </message>
</context>
</TS>
