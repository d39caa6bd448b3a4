<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../visualizer/about.py" line="+20"/>
        <source>unknown (not installed)</source>
        <translation>未知（未安装）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Watch a network learn to read handwritten digits, live, and draw digits for it to read.</source>
        <translation>实时观看神经网络学习认手写数字，并画数字让它来认。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text&apos;s one fully-connected layer: for an image &lt;i&gt;x&lt;/i&gt; of 784 pixels,&lt;br&gt;
logits {logits},
softmax {softmax},
cross-entropy {loss},&lt;br&gt;
trained by gradient descent with {gradients},
one example at a time or in mini-batches.</source>
        <translation>教材中的单个全连接层：对一幅 784 像素的图像 &lt;i&gt;x&lt;/i&gt;，&lt;br&gt;
得分（logit）{logits}，
softmax {softmax}，
交叉熵 {loss}，&lt;br&gt;
用梯度下降训练，梯度为 {gradients}，
一次学一个样本，或用小批量。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hidden-layer option, the text&apos;s next step: {hidden}, {logits}
({f}: ReLU or the logistic sigmoid), its gradients the same chain rule carried one layer
back.</source>
        <translation>可选的隐藏层，即教材的下一步：{hidden}，{logits}
（{f}：ReLU 或 logistic sigmoid 函数），梯度用同样的链式法则
多往回传一层。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The MNIST database of handwritten digits, by Yann LeCun, Corinna Cortes and Christopher J.C.
Burges: 60,000 training and 10,000 test images of 28&amp;times;28 pixels, shipped with the app and
made available under the terms of the Creative Commons Attribution-Share Alike 3.0 licence
(CC BY-SA 3.0).</source>
        <translation>手写数字 MNIST 数据库，作者 Yann LeCun、Corinna Cortes 和 Christopher J.C.
Burges：6 万张训练图片和 1 万张测试图片，每张 28&amp;times;28 像素，随程序提供，
按知识共享（Creative Commons）署名-相同方式共享 3.0 许可协议
（CC BY-SA 3.0）使用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIT licence. Built with Qt for Python (PySide6), pyqtgraph, NumPy and Pillow.</source>
        <translation>MIT 许可协议。使用 Qt for Python（PySide6）、pyqtgraph、NumPy 和 Pillow 构建。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About MNIST Visualizer</source>
        <translation>关于 MNIST Visualizer</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../visualizer/actions.py" line="+125"/>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>▶ Start</source>
        <translation>▶ 开始</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Start or pause training</source>
        <translation>开始或暂停训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / pause training</source>
        <translation>开始 / 暂停训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update, then pause</source>
        <translation>更新一次，然后暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One update (a step of gradient descent)</source>
        <translation>更新一次（一步梯度下降）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fresh random weights, back to the start</source>
        <translation>换一组新的随机权重，回到起点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset: fresh random weights</source>
        <translation>重置：新的随机权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear canvas</source>
        <translation>清除画布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the drawing</source>
        <translation>擦掉所画内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thicker brush</source>
        <translation>画笔加粗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thinner brush</source>
        <translation>画笔变细</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open dataset folder…</source>
        <translation>打开数据集文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any folder of the four IDX files (MNIST, Fashion-MNIST, …)</source>
        <translation>任何含有四个 IDX 文件的文件夹（MNIST、Fashion-MNIST 等）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load weights…</source>
        <translation>载入权重…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save weights…</source>
        <translation>保存权重…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export pictures and metrics…</source>
        <translation>导出图片和指标…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heatmaps and plots as PNG, metrics as CSV</source>
        <translation>热图和曲线图存为 PNG，指标存为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation…</source>
        <translation>录制动画…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10 s of the window as an animated GIF, WebP or MP4, for slides</source>
        <translation>把窗口录制 10 秒，存为 GIF 动画、WebP 或 MP4，用于幻灯片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collect digits from phones…</source>
        <translation>从手机收集数字…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class draws digits on their phones; you choose which the network sees</source>
        <translation>全班在手机上画数字；由你决定网络看到哪些</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the drawing to the class digits as</source>
        <translation>把所画内容加入全班的数字，标为</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear earlier runs</source>
        <translation>清除之前的训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the faint curves of earlier runs from the plots</source>
        <translation>从图中移除之前训练的浅色曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the earlier runs&apos; faint curves</source>
        <translation>清除之前训练的浅色曲线</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, projector colours</source>
        <translation>全屏、大字、投影仪配色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Switch theme</source>
        <translation>切换主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normal or high-contrast projector theme</source>
        <translation>普通主题或高对比度投影仪主题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight colours</source>
        <translation>权重配色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch weight colours</source>
        <translation>切换权重配色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blue-red or colour-blind-safe colours</source>
        <translation>蓝红配色或色盲友好配色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full colour range</source>
        <translation>完整色彩范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour scales to the largest weight, not the 99th percentile</source>
        <translation>颜色按最大的权重缩放，而不是按第 99 百分位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours to the largest |value| (else the 99th percentile)</source>
        <translation>颜色按最大的 |值| 缩放（否则按第 99 百分位数）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Spotlight</source>
        <translation>聚焦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The panel under the pointer fills the window; again: back</source>
        <translation>鼠标下的面板占满窗口；再按一次：返回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: the panel under the pointer fills the window (again: back)</source>
        <translation>聚焦：鼠标下的面板占满窗口（再按一次：返回）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Back from the spotlight</source>
        <translation>退出聚焦</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The whole layout again</source>
        <translation>回到完整布局</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show {tab}</source>
        <translation>显示“{tab}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About MNIST Visualizer</source>
        <translation>关于 MNIST Visualizer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start the built-in lesson</source>
        <translation>开始内置课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The course text, step by step: from random weights to a convolution</source>
        <translation>按教材一步一步来：从随机权重到卷积</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A lesson written as a TOML or JSON file</source>
        <translation>以 TOML 或 JSON 文件写成的课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s next step</source>
        <translation>课程的下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: next step</source>
        <translation>课程：下一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson&apos;s previous step</source>
        <translation>课程的上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson: previous step</source>
        <translation>课程：上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Leave the lesson</source>
        <translation>退出课程</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Leave the lesson here and keep working</source>
        <translation>在此退出课程，继续操作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>AnimationRecorder</name>
    <message>
        <location filename="../../visualizer/recording.py" line="+43"/>
        <source>cannot write an animation as &apos;{name}&apos;: use {known}</source>
        <translation>无法把动画写成“{name}”：请用 {known}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MP4 needs imageio and imageio-ffmpeg: pip install &apos;mnist-visualizer[video]&apos;, or save as .gif or .webp</source>
        <translation>MP4 需要 imageio 和 imageio-ffmpeg：pip install &apos;mnist-visualizer[video]&apos;，或存为 .gif 或 .webp</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WebP animation (*.webp)</source>
        <translation>WebP 动画 (*.webp)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>cannot write {path}: {problem}</source>
        <translation>无法写入 {path}：{problem}</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Recording {seconds} s of the window…</source>
        <translation>正在录制窗口 {seconds} 秒…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record animation</source>
        <translation>录制动画</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing {file}…</source>
        <translation>正在写入 {file}…</translation>
    </message>
</context>
<context>
    <name>ClassGallery</name>
    <message>
        <location filename="../../visualizer/class_gallery.py" line="+138"/>
        <source>No class digits yet: accept some from the queue.</source>
        <translation>还没有全班的数字：先从队列中接受一些。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drawn as {label}, read as {answer} (a check digit: never trained on)</source>
        <translation>画的是 {label}，认作 {answer}（检验用数字：从不用于训练）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawn as {label}, read as {answer}</source>
        <translation>画的是 {label}，认作 {answer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The network reads {right} of {total} right ({share}); {check} kept only to check on.</source>
        <translation>网络认对了 {total} 个中的 {right} 个（{share}）；{check} 个只留作检验。</translation>
    </message>
</context>
<context>
    <name>CollectWindow</name>
    <message>
        <location filename="../../visualizer/collect_panel.py" line="+30"/>
        <source>Collect digits from phones</source>
        <translation>从手机收集数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan with your phone&apos;s camera to draw a digit</source>
        <translation>用手机相机扫码，画一个数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or open {url}</source>
        <translation>或打开 {url}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones must be on the same Wi-Fi as this computer.</source>
        <translation>手机必须和这台电脑连在同一个 Wi-Fi 上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collecting is stopped: phones cannot send digits.</source>
        <translation>收集已停止：手机无法发送数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start collecting</source>
        <translation>开始收集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop collecting</source>
        <translation>停止收集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting ({n})</source>
        <translation>等待中（{n}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class digits ({n})</source>
        <translation>全班的数字（{n}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (A)</source>
        <translation>接受 (A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject (X)</source>
        <translation>拒绝 (X)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept all (Shift+A)</source>
        <translation>全部接受 (Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept every digit as it arrives</source>
        <translation>收到的数字一律自动接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No digits waiting. They appear here as phones send them.</source>
        <translation>没有等待中的数字。手机发来的数字会出现在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The class has: {counts}</source>
        <translation>全班已有：{counts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot collect: {problem}</source>
        <translation>无法收集：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep them in another folder…</source>
        <translation>存到另一个文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a class&apos;s digits kept on another day (a new folder starts an empty set)</source>
        <translation>打开另一天保存的全班数字（新文件夹则从空集开始）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add digits from a folder…</source>
        <translation>从文件夹添加数字…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the digits of another class-digits folder to these</source>
        <translation>把另一个全班数字文件夹里的数字加到这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear…</source>
        <translation>清除…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all {n} of the class&apos;s digits from {folder}?</source>
        <translation>从 {folder} 删除全班的全部 {n} 个数字吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in {folder}</source>
        <translation>保存在 {folder}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot use {folder}: {problem}</source>
        <translation>无法使用 {folder}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the class&apos;s digits:</source>
        <translation>用全班的数字训练：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% of the examples</source>
        <translation>% 的样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The share of training examples drawn from the class&apos;s digits (its check digits are never trained on: the accuracy chart shows how well the network reads them)</source>
        <translation>训练样本中取自全班数字的比例（其中检验用的数字从不用于训练：准确率图显示网络认它们认得怎么样）</translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="+255"/>
        <source>cannot save the class&apos;s digits in {folder}: {problem}</source>
        <translation>无法把全班的数字保存到 {folder}：{problem}</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <location filename="../../visualizer/controls.py" line="+26"/>
        <source>full speed</source>
        <translation>全速</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 update/s</source>
        <translation>每秒 1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{rate} updates/s</source>
        <translation>每秒 {rate} 步</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>learning rate λ: W ← W − λ ∂L/∂W</source>
        <translation>学习率 λ：W ← W − λ ∂L/∂W</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples per update; 1 = one example at a time (the guide&apos;s)</source>
        <translation>每次更新用的样本数；1 = 一次学一个样本（教材的做法）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>full speed, or slow motion that a class can follow</source>
        <translation>全速，或全班跟得上的慢动作</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the guide&apos;s one layer, or one hidden layer: changing it starts a new run</source>
        <translation>教材的单层网络，或带一个隐藏层的网络：更换会开始一次新的训练</translation>
    </message>
</context>
<context>
    <name>ConvolutionExample</name>
    <message>
        <location filename="../../visualizer/conv_example.py" line="+543"/>
        <source>Forward pass&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</source>
        <translation>前向传播&lt;br&gt;a = x ⋆ K + c,  r = max(0, a),  q = maxpool(r)&lt;br&gt;l = q W + b,  p = softmax(l)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>δ = ∂L/∂b = p − y&lt;br&gt;red: p&lt;sub&gt;j&lt;/sub&gt; too high&lt;br&gt;blue: too low</source>
        <translation>δ = ∂L/∂b = p − y&lt;br&gt;红：p&lt;sub&gt;j&lt;/sub&gt; 太高&lt;br&gt;蓝：太低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step of gradient descent&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</source>
        <translation>一步梯度下降&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;c ← c − λ ∂L/∂c,&lt;br&gt;W ← W − λ q&lt;sup&gt;T&lt;/sup&gt; δ,&lt;br&gt;b ← b − λ δ</translation>
    </message>
</context>
<context>
    <name>ConvolutionExampleView</name>
    <message>
        <location line="-514"/>
        <source>hover over a feature map to see one position&apos;s arithmetic; click to keep it</source>
        <translation>鼠标停在特征图上，可看一个位置的计算；点击可固定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>patch x</source>
        <translation>图块 x</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel K</source>
        <translation>卷积核 K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>product x·K</source>
        <translation>乘积 x·K</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>x, the patch</source>
        <translation>x 与图块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>patch, K, x·K</source>
        <translation>图块、K、x·K</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt; (pooled)</source>
        <translation>δ&lt;sub&gt;q&lt;/sub&gt; = δ W&lt;sup&gt;T&lt;/sup&gt;（池化后）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;q&lt;/sub&gt; from block 2 (pooled)</source>
        <translation>来自第 2 块的 δ&lt;sub&gt;q&lt;/sub&gt;（池化后）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ&lt;sub&gt;r&lt;/sub&gt;: to each max</source>
        <translation>δ&lt;sub&gt;r&lt;/sub&gt;：只给每个最大值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ΔK = K&lt;sub&gt;after&lt;/sub&gt; − K&lt;sub&gt;before&lt;/sub&gt;</source>
        <translation>ΔK = K&lt;sub&gt;后&lt;/sub&gt; − K&lt;sub&gt;前&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>block 2: δ&lt;sub&gt;a2&lt;/sub&gt;</source>
        <translation>第 2 块：δ&lt;sub&gt;a2&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>∂L/∂K&lt;sub&gt;2&lt;/sub&gt; (a row per filter)</source>
        <translation>∂L/∂K&lt;sub&gt;2&lt;/sub&gt;（每个滤波器一行）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Feature maps r</source>
        <translation>特征图 r</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>patch, K&lt;sub&gt;{filter}&lt;/sub&gt;, x·K</source>
        <translation>图块、K&lt;sub&gt;{filter}&lt;/sub&gt;、x·K</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its max</source>
        <translation>其最大值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x·K at map {map}, ({row}, {column})</source>
        <translation>图 {map} 上 ({row}, {column}) 处的 x·K</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>in no 2×2 window: not pooled</source>
        <translation>不在任何 2×2 窗口中：不参与池化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>2×2 window: {values}</source>
        <translation>2×2 窗口：{values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>q = its max = {value}</source>
        <translation>q = 其最大值 = {value}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>r is it: feeds l, δ&lt;sub&gt;a&lt;/sub&gt; = {value}</source>
        <translation>r 就是最大值：送入 l，δ&lt;sub&gt;a&lt;/sub&gt; = {value}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>r is not: feeds nothing, δ = 0</source>
        <translation>r 不是最大值：不送入任何地方，δ = 0</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>row {row}, col {column}</source>
        <translation>行 {row}，列 {column}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>x at {where} = {value}</source>
        <translation>{where} 处的 x = {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} at {where} = {value}</source>
        <translation>{where} 处的{name} = {value}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>filter {filter}, {where}: {name} = {value}</source>
        <translation>滤波器 {filter}，{where}：{name} = {value}</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>block-2 filter {filter}, {where}: {name} = {value}</source>
        <translation>第 2 块滤波器 {filter}，{where}：{name} = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>block-2 filter {filter}, on map {map}, {where}: ∂L/∂K2 = {value}</source>
        <translation>第 2 块滤波器 {filter}，图 {map} 上，{where}：∂L/∂K2 = {value}</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>One step asked for: waiting for the new weights…</source>
        <translation>已请求一步：正在等待新的权重…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press &lt;b&gt;Apply one gradient step&lt;/b&gt;:&lt;br&gt;this example&apos;s step,&lt;br&gt;K ← K − λ ∂L/∂K,&lt;br&gt;and what it changed, here.</source>
        <translation>按下&lt;b&gt;“执行一步梯度下降”&lt;/b&gt;：&lt;br&gt;这个样本的这一步，&lt;br&gt;K ← K − λ ∂L/∂K，&lt;br&gt;以及它改变了什么，都显示在这里。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One step, λ = {rate}, y = {label}:&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;: {p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L: {loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;largest |ΔK| = {largest_K}&lt;br&gt;largest |Δc| = {largest_c}</source>
        <translation>一步，λ = {rate}，y = {label}：&lt;br&gt;p&lt;sub&gt;y&lt;/sub&gt;：{p_before} → &lt;b&gt;{p_after}&lt;/b&gt;&lt;br&gt;L：{loss_before} → &lt;b&gt;{loss_after}&lt;/b&gt;&lt;br&gt;最大 |ΔK| = {largest_K}&lt;br&gt;最大 |Δc| = {largest_c}</translation>
    </message>
</context>
<context>
    <name>ConvolutionView</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+127"/>
        <source>Filters {K} ({k}×{k})</source>
        <translation>滤波器 {K}（{k}×{k}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each filter on its own colour scale (its largest |weight| at the ends); a filter&apos;s feature map is large where the ink under it looks like its picture: a = x ⋆ K + c</source>
        <translation>每个滤波器用自己的色标（两端为它最大的 |权重|）；滤波器下方的墨迹越像它的图案，它的特征图在那里就越大：a = x ⋆ K + c</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>filters {K}</source>
        <translation>滤波器 {K}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filters K2: {count}, each {maps} × {k}×{k}</source>
        <translation>滤波器 K2：{count} 个，每个 {maps} × {k}×{k}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each block-2 filter is {maps} kernels, one per feature map of block 1 (tiles in the order of the filters of K1)</source>
        <translation>第 2 块的每个滤波器由 {maps} 个卷积核组成，第 1 块的每张特征图一个（小块按 K1 中滤波器的顺序排列）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>filters K2</source>
        <translation>滤波器 K2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>W per digit, on the pooled maps</source>
        <translation>每个数字的 W，作用于池化后的图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a {side}×{side} tile per filter; l_j = Σ q_i w_ij + b_j: red where a digit wants that filter to fire, blue where it must not</source>
        <translation>每个滤波器一个 {side}×{side} 小块；l_j = Σ q_i w_ij + b_j：红色处表示数字希望该滤波器被激活，蓝色处表示不希望</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W per digit</source>
        <translation>每个数字的 W</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>which of the convolution&apos;s weights to show first where they do not all fit side by side (the spotlight shows them all)</source>
        <translation>并排放不下时，先显示卷积的哪部分权重（聚焦时全部显示）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>filter {filter}, weight (row {row}, col {column}):  K = {value}   (its colour scale: ±{scale})</source>
        <translation>滤波器 {filter}，权重（行 {row}，列 {column}）：  K = {value}   （色标：±{scale}）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>block-2 filter {filter}, on map {map}, weight (row {row}, col {column}):  K2 = {value}   (its colour scale: ±{scale})</source>
        <translation>第 2 块滤波器 {filter}，图 {map} 上，权重（行 {row}，列 {column}）：  K2 = {value}   （色标：±{scale}）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>digit {digit}, filter {filter}&apos;s pooled map at (row {row}, col {column}):  w = {value}</source>
        <translation>数字 {digit}，滤波器 {filter} 的池化图（行 {row}，列 {column}）：  w = {value}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>,  q = {q} for the drawing,  q w = {product}</source>
        <translation>，所画内容的 q = {q}，q w = {product}</translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <location filename="../../core/data.py" line="+54"/>
        <source>{path}: file not found (nor {stem} uncompressed)</source>
        <translation>{path}：找不到文件（也没有未压缩的 {stem}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a gzip file (bad header)</source>
        <translation>{path}：不是 gzip 文件（文件头有误）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: corrupt gzip data ({problem})</source>
        <translation>{path}：gzip 数据已损坏（{problem}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: uncompressed size exceeds {most} bytes</source>
        <translation>{path}：解压后大小超过 {most} 字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: gzip data is truncated</source>
        <translation>{path}：gzip 数据不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: unexpected data after the gzip stream</source>
        <translation>{path}：gzip 数据流之后还有多余的数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {size} bytes is too short for an IDX header</source>
        <translation>{path}：只有 {size} 字节，不够一个 IDX 文件头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: wrong magic number {magic} (expected {expected}: unsigned bytes in {ndim} dimensions)</source>
        <translation>{path}：魔数 {magic} 不对（应为 {expected}：{ndim} 维的无符号字节）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file truncated: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}：文件不完整：文件头写的是 {shape}（{expected} 字节），实际只有 {size} 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: file has trailing bytes: header says {shape} ({expected} bytes) but it holds {size} bytes</source>
        <translation>{path}：文件末尾有多余字节：文件头写的是 {shape}（{expected} 字节），实际有 {size} 字节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path}: images are {height}x{width}, expected 28x28</source>
        <translation>{path}：图像为 {height}x{width}，应为 28x28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds no images</source>
        <translation>{path}：没有图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: label {label} at index {index} is outside 0-9</source>
        <translation>{path}：索引 {index} 处的标签 {label} 不在 0-9 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {labels} labels but {images_file} holds {images} images</source>
        <translation>{path}：有 {labels} 个标签，但 {images_file} 中有 {images} 张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a folder</source>
        <translation>{path}：不是文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}：无法读取（{problem}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: has {names} names, expected 10</source>
        <translation>{path}：有 {names} 个名称，应为 10 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IDX file</source>
        <translation>IDX 文件</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../visualizer/canvas.py" line="+50"/>
        <source>Draw a digit: left button draws, right button erases, C clears</source>
        <translation>画一个数字：左键画，右键擦，按 C 清除</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>draw a digit here</source>
        <translation>在这里画一个数字</translation>
    </message>
</context>
<context>
    <name>ExamplePanel</name>
    <message>
        <location filename="../../visualizer/example_panel.py" line="+31"/>
        <source>Draw a digit on the canvas, or pick a test image,
to see every number the network computes for it:
logits, probabilities, the loss, and one gradient step.</source>
        <translation>在画布上画一个数字，或选一张测试图片，
就能看到网络为它算出的每个数：
得分（logit）、概率、损失，以及一步梯度下降。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The weights are not finite numbers (training diverged).
Reset the weights to look inside an example again.</source>
        <translation>权重不再是有限的数（训练发散了）。
重置权重后才能再剖析一个样本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the network&apos;s weights…</source>
        <translation>正在等待网络的权重…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction (default)</source>
        <translation>预测（默认）</translation>
    </message>
    <message>
        <location line="+112"/>
        <location line="+20"/>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>the true label y: which digit the network should have said</source>
        <translation>真实标签 y：网络本该回答的数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label y:</source>
        <translation>真实标签 y：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss L = −log p&lt;sub&gt;y&lt;/sub&gt; =</source>
        <translation>损失 L = −log p&lt;sub&gt;y&lt;/sub&gt; =</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>apply this example&apos;s gradient to the live network, once</source>
        <translation>把这个样本的梯度应用到正在训练的网络上，只应用一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hover over a map to read its pixels</source>
        <translation>鼠标停在图上可读出像素值</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Apply one gradient step (λ = {rate})</source>
        <translation>执行一步梯度下降（λ = {rate}）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>y = {label} (the prediction),  p_y = {probability}</source>
        <translation>y = {label}（预测），p_y = {probability}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>y = {label} (chosen),  p_y = {probability}</source>
        <translation>y = {label}（所选），p_y = {probability}</translation>
    </message>
</context>
<context>
    <name>FeatureMaps</name>
    <message>
        <location filename="../../visualizer/conv_views.py" line="+14"/>
        <source>each map is one filter&apos;s response to the drawing: r = max(0, x ⋆ K + c), then the largest of each 2×2 window</source>
        <translation>每张图是一个滤波器对所画内容的响应：r = max(0, x ⋆ K + c)，再取每个 2×2 窗口中的最大值</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>pooled</source>
        <translation>池化后</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <location filename="../../visualizer/files.py" line="+65"/>
        <source>Open a folder of the four IDX files</source>
        <translation>打开含有四个 IDX 文件的文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open this dataset</source>
        <translation>无法打开这个数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

Still training on {dataset}.</source>
        <translation>{problem}

仍在用 {dataset} 训练。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load weights</source>
        <translation>载入权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Weights (*.npz)</source>
        <translation>权重 (*.npz)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot load these weights</source>
        <translation>无法载入这些权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{problem}

The current weights are kept.</source>
        <translation>{problem}

当前权重保持不变。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>loaded {network} weights from {path}</source>
        <translation>已从 {path} 载入 {network} 的权重</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save weights</source>
        <translation>保存权重</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot save the weights</source>
        <translation>无法保存权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights saved to {path}</source>
        <translation>权重已保存到 {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export pictures and metrics to a folder</source>
        <translation>把图片和指标导出到文件夹</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>could not write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exported {files} to {folder}</source>
        <translation>已把 {files} 导出到 {folder}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record 10 s of the window as an animation</source>
        <translation>把窗口录制 10 秒，存为动画</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded {frames} frames ({seconds} s) to {path}</source>
        <translation>已录制 {frames} 帧（{seconds} 秒），存到 {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot record the animation</source>
        <translation>无法录制动画</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../core/files.py" line="+14"/>
        <source>{path}: file not found</source>
        <translation>{path}：找不到文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}：是文件夹，不是 {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: cannot read ({problem})</source>
        <translation>{path}：无法读取（{problem}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: is a folder; give a file name for {what}</source>
        <translation>{path}：是文件夹；请为 {what} 指定文件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: no such folder {folder}, so {what} cannot be saved there</source>
        <translation>{path}：文件夹 {folder} 不存在，无法在那里保存 {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not allowed to write there, so {what} cannot be saved</source>
        <translation>{path}：没有在那里写入的权限，无法保存 {what}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <location filename="../../visualizer/actions.py" line="-334"/>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press any key or click to close</source>
        <translation>按任意键或点击即可关闭</translation>
    </message>
</context>
<context>
    <name>HiddenActivity</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="+320"/>
        <source>hidden units</source>
        <translation>隐藏单元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden units&lt;br&gt;{hidden}</source>
        <translation>隐藏单元&lt;br&gt;{hidden}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>units firing&lt;br&gt;{firing} of {hidden}</source>
        <translation>被激活的单元&lt;br&gt;{firing} / {hidden}</translation>
    </message>
</context>
<context>
    <name>HiddenLayerExample</name>
    <message>
        <location line="+17"/>
        <source>Forward pass&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</source>
        <translation>前向传播&lt;br&gt;z = x W1 + b1,  h = f(z)&lt;br&gt;l = h W2 + b2,  p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>δ2&lt;sub&gt;j&lt;/sub&gt; = ∂L/∂b2&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   （红：p&lt;sub&gt;j&lt;/sub&gt; 太高，蓝：太低）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step, both layers&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</source>
        <translation>一步，两层都更新&lt;br&gt;W2 ← W2 − λ h&lt;sup&gt;T&lt;/sup&gt; δ2,  b2 ← b2 − λ δ2&lt;br&gt;W1 ← W1 − λ x&lt;sup&gt;T&lt;/sup&gt; δ1,  b1 ← b1 − λ δ1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;, δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z), for the units this example moves most (a step adds −{lr} × this); titles δ1&lt;sub&gt;k&lt;/sub&gt;</source>
        <translation>∂L/∂W1&lt;sub&gt;ik&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; δ1&lt;sub&gt;k&lt;/sub&gt;，δ1 = (δ2 W2&lt;sup&gt;T&lt;/sup&gt;) ⊙ f′(z)，显示这个样本改变最多的单元（一步加上 −{lr} × 它）；标题为 δ1&lt;sub&gt;k&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What those units see: x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt; (red: ink that makes unit k fire); titles k: h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation>这些单元看到的：x&lt;sub&gt;i&lt;/sub&gt; w1&lt;sub&gt;ik&lt;/sub&gt;（红：让单元 k 被激活的墨迹）；标题为 k：h&lt;sub&gt;k&lt;/sub&gt; = f(z&lt;sub&gt;k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>unit {unit}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>单元 {unit}，像素（行 {row}，列 {col}）：  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>HiddenUnitsView</name>
    <message>
        <location line="-336"/>
        <source>all {hidden}, most influential first</source>
        <translation>全部 {hidden} 个，影响最大的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{page} most influential</source>
        <translation>影响最大的 {page} 个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>units {first}–{last}</source>
        <translation>单元 {first}–{last}</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>which hidden units to show: the most influential (largest outgoing weights) or a page of them by number</source>
        <translation>显示哪些隐藏单元：影响最大的（输出权重最大），或按编号一页一页看</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What the {hidden} hidden units look for</source>
        <translation>{hidden} 个隐藏单元在找什么</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each map is one unit&apos;s 784 incoming weights, a column of W1</source>
        <translation>每张图是一个单元的 784 个输入权重，即 W1 的一列</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>,  h = {h} for the drawing</source>
        <translation>，所画内容的 h = {h}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit {unit}: pixel (row {row}, col {col})  w1 = {weight}{fired}</source>
        <translation>单元 {unit}：像素（行 {row}，列 {col}）  w1 = {weight}{fired}</translation>
    </message>
</context>
<context>
    <name>LessonCaption</name>
    <message>
        <location filename="../../visualizer/lesson_player.py" line="+115"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>退出课程</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step {step} of {steps} · getting it ready…</source>
        <translation>第 {step} 步，共 {steps} 步 · 正在准备…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {step} of {steps}</source>
        <translation>第 {step} 步，共 {steps} 步</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location line="+105"/>
        <source>{file}: the lesson&apos;s steps could not be computed: {problem}</source>
        <translation>{file}：无法计算课程的步骤：{problem}</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cannot open this lesson</source>
        <translation>无法打开这个课程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons (*.toml *.json)</source>
        <translation>课程 (*.toml *.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The lesson&apos;s translation has problems</source>
        <translation>课程的翻译有问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lesson is shown in English.</source>
        <translation>课程以英文显示。</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>{file}, step {step} (&quot;{title}&quot;): {problem}</source>
        <translation>{file}，第 {step} 步（“{title}”）：{problem}</translation>
    </message>
</context>
<context>
    <name>LiveDisplay</name>
    <message>
        <location filename="../../visualizer/frames.py" line="+126"/>
        <source>training</source>
        <translation>训练中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · {rate} examples/s</source>
        <translation> · 每秒 {rate} 个样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{state} · examples seen {examples} · epoch {epoch} ({done} of {total}) · updates {updates}{rate} · learning rate {learning_rate} · batch size {batch_size}</source>
        <translation>{state} · 已学样本数 {examples} · 第 {epoch} 轮（{total} 个中的 {done}） · 更新 {updates} 次{rate} · 学习率 {learning_rate} · 批大小 {batch_size}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../visualizer/window.py" line="+146"/>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Learning</source>
        <translation>学习过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inside one example</source>
        <translation>剖析一个样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-set explorer</source>
        <translation>测试集浏览</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch a network learn {dataset}</source>
        <translation>看网络学习 {dataset}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw something</source>
        <translation>随便画点什么</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Draw a digit first</source>
        <translation>请先画一个数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Added to the class digits as {label}, to train on</source>
        <translation>已加入全班的数字，标为 {label}，用于训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added to the class digits as {label}, to check on</source>
        <translation>已加入全班的数字，标为 {label}，用于检验</translation>
    </message>
    <message>
        <location line="+312"/>
        <source>test image {index} (label {label}) on the canvas</source>
        <translation>测试图片 {index}（标签 {label}）已放到画布上</translation>
    </message>
</context>
<context>
    <name>MapMosaic</name>
    <message>
        <location filename="../../visualizer/mosaic.py" line="+371"/>
        <source>map {number}</source>
        <translation>图 {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{title}: pixel (row {row}, col {column})  {value}</source>
        <translation>{title}：像素（行 {row}，列 {column}）  {value}</translation>
    </message>
</context>
<context>
    <name>MetricsPlots</name>
    <message>
        <location filename="../../visualizer/plots.py" line="+24"/>
        <source>examples seen</source>
        <translation>已学样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>examples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <location line="+198"/>
        <location line="+33"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>earlier runs</source>
        <translation>之前的训练</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>runs</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>class&apos;s check digits</source>
        <translation>全班的检验数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check digits</source>
        <translation>检验数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run {number}: {label}</source>
        <translation>训练 {number}：{label}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each update</source>
        <translation>每次更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>smoothed</source>
        <translation>平滑后</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+2"/>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training (this epoch)</source>
        <translation>训练（本轮）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>λ {rate}: blew up</source>
        <translation>λ {rate}：发散</translation>
    </message>
    <message>
        <location line="+374"/>
        <source>epoch {number}</source>
        <translation>第 {number} 轮</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../../core/networks/convolution.py" line="+324"/>
        <source>conv {filters} {kernel}×{kernel}</source>
        <translation>卷积 {filters} {kernel}×{kernel}</translation>
    </message>
    <message>
        <location filename="../../core/networks/hidden_layer.py" line="+122"/>
        <source>hidden {units} {activation}</source>
        <translation>隐藏层 {units} {activation}</translation>
    </message>
    <message>
        <location filename="../../core/networks/one_layer.py" line="+51"/>
        <source>one layer</source>
        <translation>单层网络</translation>
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
        <translation>前向传播&lt;br&gt;l&lt;sub&gt;j&lt;/sub&gt; = w&lt;sub&gt;j&lt;/sub&gt; · x + b&lt;sub&gt;j&lt;/sub&gt;&lt;br&gt;p&lt;sub&gt;j&lt;/sub&gt; = e&lt;sup&gt;l&lt;sub&gt;j&lt;/sub&gt;&lt;/sup&gt; / Σ&lt;sub&gt;k&lt;/sub&gt; e&lt;sup&gt;l&lt;sub&gt;k&lt;/sub&gt;&lt;/sup&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   (red: p&lt;sub&gt;j&lt;/sub&gt; too high, blue: too low)</source>
        <translation>∂L/∂b&lt;sub&gt;j&lt;/sub&gt; = p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;   （红：p&lt;sub&gt;j&lt;/sub&gt; 太高，蓝：太低）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One step of gradient descent&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>一步梯度下降&lt;br&gt;w&lt;sub&gt;ij&lt;/sub&gt; ← w&lt;sub&gt;ij&lt;/sub&gt; − λ ∂L/∂w&lt;sub&gt;ij&lt;/sub&gt;&lt;br&gt;b&lt;sub&gt;j&lt;/sub&gt; ← b&lt;sub&gt;j&lt;/sub&gt; − λ ∂L/∂b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;); a step adds −λ × this = −{lr} × this to W; titles p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>∂L/∂w&lt;sub&gt;ij&lt;/sub&gt; = x&lt;sub&gt;i&lt;/sub&gt; (p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;)；一步给 W 加上 −λ × 它 = −{lr} × 它；标题为 p&lt;sub&gt;j&lt;/sub&gt; − y&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; (red: for digit j, blue: against); titles Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>证据 w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt;（红：支持数字 j，蓝：反对）；标题为 Σ&lt;sub&gt;i&lt;/sub&gt; w&lt;sub&gt;ij&lt;/sub&gt; x&lt;sub&gt;i&lt;/sub&gt; = l&lt;sub&gt;j&lt;/sub&gt; − b&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>digit {name}, pixel (row {row}, col {col}):  x_i = {x}</source>
        <translation>数字 {name}，像素（行 {row}，列 {col}）：  x_i = {x}</translation>
    </message>
</context>
<context>
    <name>OutputWeights</name>
    <message>
        <location filename="../../visualizer/hidden_units.py" line="-175"/>
        <source>a row per digit, a column per hidden unit: l_j = Σ_k h_k w2_kj + b2_j</source>
        <translation>每个数字一行，每个隐藏单元一列：l_j = Σ_k h_k w2_kj + b2_j</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>unit {unit} → {name}:  w2 = {weight}</source>
        <translation>单元 {unit} → {name}：  w2 = {weight}</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../visualizer/collecting.py" line="-214"/>
        <source>Draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a {digit}</source>
        <translation>画一个 {digit}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawing pad</source>
        <translation>画板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which digit you drew</source>
        <translation>你画的是哪个数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drew another digit? Tap it above.</source>
        <translation>画的是别的数字？点上面的那个数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank you! Your digit is with the teacher. Draw another?</source>
        <translation>谢谢！老师已经收到你的数字。再画一个吧？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit first.</source>
        <translation>先画一个数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not reach the teacher&apos;s computer. Try again.</source>
        <translation>连不上老师的电脑。再试一次。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found. Scan the code on the screen again.</source>
        <translation>找不到页面。请重新扫描屏幕上的二维码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This address is from an earlier lesson. Scan the code on the screen again.</source>
        <translation>这个地址是之前一节课的。请重新扫描屏幕上的二维码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow down a little, please: try again in a second.</source>
        <translation>请慢一点：过一秒再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That drawing is too big to send.</source>
        <translation>这幅画太大，发送不了。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That was not a drawing (not JSON).</source>
        <translation>发来的不是一幅画（不是 JSON）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The teacher has many drawings to look at. Try again in a minute.</source>
        <translation>老师有很多画要看。过一分钟再试。</translation>
    </message>
</context>
<context>
    <name>PreprocessingSteps</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="+216"/>
        <source>Naive input (whole canvas)</source>
        <translation>直接输入（整个画布）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed the network the whole canvas averaged to 28×28, without MNIST&apos;s recipe (no crop, no 20×20 fit, no centring), to see why the recipe matters</source>
        <translation>把整个画布直接平均缩小到 28×28 送入网络，不按 MNIST 的做法（不裁剪、不缩放到 20×20、不居中），看看这些处理为什么重要</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../visualizer/probabilities.py" line="+144"/>
        <source>probability p&lt;sub&gt;j&lt;/sub&gt;</source>
        <translation>概率 p&lt;sub&gt;j&lt;/sub&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draw a digit</source>
        <translation>画一个数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw something</source>
        <translation>随便画点什么</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{percent} sure</source>
        <translation>{percent} 把握</translation>
    </message>
</context>
<context>
    <name>ProcessTrainingController</name>
    <message>
        <location filename="../../visualizer/worker.py" line="+265"/>
        <source>it would not end</source>
        <translation>它没能结束</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it was killed by signal {signal}</source>
        <translation>它被信号 {signal} 终止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code {code}</source>
        <translation>退出码 {code}</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>a command could not be sent to the training process: {problem}</source>
        <translation>无法向训练进程发送命令：{problem}</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>training could not start: {problem}</source>
        <translation>训练无法开始：{problem}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the training process stopped unexpectedly ({exit})</source>
        <translation>训练进程意外停止（{exit}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the training process stopped unexpectedly ({exit}), in the middle of a message</source>
        <translation>训练进程在发送消息途中意外停止（{exit}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the pipe from the training process broke: it sent something that is not one of its messages ({problem}), so it was stopped</source>
        <translation>来自训练进程的管道断了：它发来的内容不是它的消息（{problem}），所以已把它停止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> What it printed last: {words}</source>
        <translation>它最后输出的是：{words}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}, {times} times; restart the app to train again.{said}</source>
        <translation>{what}，已发生 {times} 次；请重启程序再训练。{said}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{what}, and could not be started again: {problem}.{said}</source>
        <translation>{what}，且无法重新启动：{problem}。{said}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{what}; it was started again from the last weights, paused, at {examples} examples seen: press Start to go on.{said}</source>
        <translation>{what}；已用最后的权重重新启动，暂停在已学 {examples} 个样本处：按“开始”继续。{said}</translation>
    </message>
</context>
<context>
    <name>RunLabel</name>
    <message>
        <location filename="../../core/runs.py" line="+19"/>
        <source>{network}, λ {rates}, batch {batches}</source>
        <translation>{network}，λ {rates}，批大小 {batches}</translation>
    </message>
</context>
<context>
    <name>Spotlight</name>
    <message>
        <location filename="../../visualizer/spotlight.py" line="+60"/>
        <source>Back to the whole layout (F or Esc)</source>
        <translation>回到完整布局（F 或 Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spotlight: this panel fills the window (F; F or Esc: back)</source>
        <translation>聚焦：让这个面板占满窗口（F；F 或 Esc：返回）</translation>
    </message>
</context>
<context>
    <name>StartZoom</name>
    <message>
        <location filename="../../visualizer/plots.py" line="-77"/>
        <source>first {count}</source>
        <translation>前 {count}</translation>
    </message>
</context>
<context>
    <name>StepsStrip</name>
    <message>
        <location filename="../../visualizer/preprocessing_view.py" line="-197"/>
        <source>ink + box</source>
        <translation>墨迹 + 边框</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fit 20×20</source>
        <translation>缩放到 20×20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>centred 28×28</source>
        <translation>居中 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ink</source>
        <translation>墨迹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>naive 28×28</source>
        <translation>直接 28×28</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no box, no 20×20 fit, no centring</source>
        <translation>不裁边框，不缩放到 20×20，不居中</translation>
    </message>
</context>
<context>
    <name>TestSetExplorer</name>
    <message>
        <location filename="../../visualizer/explorer.py" line="+75"/>
        <source>true {true}
→ {predicted} ({confidence})</source>
        <translation>真实 {true}
→ {predicted}（{confidence}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true {true} → {predicted} ({confidence})</source>
        <translation>真实 {true} → {predicted}（{confidence}）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>colour: number of mistakes (log scale) · blue diagonal: right answers
click a cell to see its images</source>
        <translation>颜色：错误数（对数刻度） · 蓝色对角线：正确答案
点击一个格子可看到其中的图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All mistakes</source>
        <translation>全部错例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to every mistake, most confident first</source>
        <translation>回到全部错例，最有把握的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put on canvas</source>
        <translation>放到画布上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw the selected test image on the canvas (or double-click it)</source>
        <translation>把选中的测试图片放到画布上（或双击它）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+225"/>
        <source>true label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <location line="-224"/>
        <location line="+225"/>
        <source>predicted</source>
        <translation>预测</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{count} test images: no weights yet</source>
        <translation>{count} 张测试图片：还没有权重</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test set: {accuracy} right ({right} of {count})</source>
        <translation>测试集：{accuracy} 认对（{count} 张中的 {right} 张）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>showing the first {shown} of {count} · double-click an image to put it on the canvas</source>
        <translation>显示 {count} 张中的前 {shown} 张 · 双击图片可放到画布上</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>double-click an image to put it on the canvas</source>
        <translation>双击图片可放到画布上</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{count} mistakes, most confident first</source>
        <translation>{count} 个错例
把握大的在前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} images of {true} read as {predicted} (right)</source>
        <translation>{count} 张 {true} 被认作 {predicted}（正确）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} images of {true} read as {predicted}</source>
        <translation>{count} 张 {true} 被认作 {predicted}</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <location filename="../../visualizer/theme.py" line="+62"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projector (high contrast)</source>
        <translation>投影仪（高对比度）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Blue-white-red</source>
        <translation>蓝-白-红</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour-blind safe</source>
        <translation>色盲友好</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../visualizer/timeline.py" line="+19"/>
        <source>▶ Replay</source>
        <translation>▶ 回放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>■ Stop replay</source>
        <translation>■ 停止回放</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live · </source>
        <translation>实时 · </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} examples · test {accuracy}</source>
        <translation>{count} 个样本 · 测试 {accuracy}</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>● Live</source>
        <translation>● 实时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow training as it happens; off: stay on the newest moment</source>
        <translation>跟随正在进行的训练；关闭：停在最新的时刻</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play back every recorded moment from the start, then go live</source>
        <translation>从头回放记录下的每个时刻，然后转为实时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag back to see the weights of an earlier moment (← → Page Up/Down)</source>
        <translation>往回拖动可查看较早时刻的权重（← → Page Up/Down）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing recorded yet</source>
        <translation>还没有记录</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../core/live/trainer_process.py" line="+47"/>
        <source>the training process could not send a {kind}: {problem}</source>
        <translation>训练进程无法发送 {kind}：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a command the training process did not understand: {problem}</source>
        <translation>训练进程无法理解的命令：{problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the pipe from the window broke: {problem}</source>
        <translation>来自窗口的管道断了：{problem}</translation>
    </message>
    <message>
        <location filename="../../core/live/training_loop.py" line="+37"/>
        <source>that step (learning rate {lr}) would blow the weights up, so it was not applied. Try a smaller learning rate.</source>
        <translation>这一步（学习率 {lr}）会让权重发散，所以没有执行。试试更小的学习率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training paused after an error: {error}</source>
        <translation>训练出错后已暂停：{error}</translation>
    </message>
    <message>
        <location filename="../../core/training.py" line="+42"/>
        <source>training diverged at learning rate {lr} (batch size {batch}, {network}): the loss or the weights blew up, so the last good weights were restored. Try a smaller learning rate: {suggested} works at batch size {batch}.</source>
        <translation>在学习率 {lr}（批大小 {batch}，{network}）下训练发散了：损失或权重暴涨，所以已恢复最后一组正常的权重。试试更小的学习率：批大小为 {batch} 时，{suggested} 可行。</translation>
    </message>
</context>
<context>
    <name>TrainingSession</name>
    <message>
        <location filename="../../visualizer/session.py" line="+114"/>
        <source>the previous training thread did not stop in time; it will be stopped when the window closes</source>
        <translation>之前的训练线程没有及时停止；它会在窗口关闭时停止</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>a learning rate of {value} is beyond what the app takes: {limit} it is</source>
        <translation>学习率 {value} 超出了程序允许的范围：改用 {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a batch size of {value} is beyond what the app takes: {limit} it is</source>
        <translation>批大小 {value} 超出了程序允许的范围：改用 {limit}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{most} (the training examples)</source>
        <translation>{most}（训练样本数）</translation>
    </message>
</context>
<context>
    <name>WeightHeatmaps</name>
    <message>
        <location filename="../../visualizer/heatmaps.py" line="-58"/>
        <source>Weights: one template per digit</source>
        <translation>权重：每个数字一个模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights: one template per class</source>
        <translation>权重：每个类别一个模板</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}: pixel (row {row}, col {col})  w = {weight}</source>
        <translation>{name}：像素（行 {row}，列 {col}）  w = {weight}</translation>
    </message>
</context>
<context>
    <name>Weights</name>
    <message>
        <location filename="../../core/model.py" line="+30"/>
        <source>{path}: holds a network with {kind}, not the one-layer W and b</source>
        <translation>{path}：存的是 {kind} 的网络，不是单层网络的 W 和 b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}missing array {name}</source>
        <translation>{path}：{what}缺少数组 {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has shape {shape}, expected {expected}</source>
        <translation>{path}：{what}{name} 的形状是 {shape}，应为 {expected}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} has dtype {dtype}, expected floating point</source>
        <translation>{path}：{what}{name} 的数据类型是 {dtype}，应为浮点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: {what}{name} holds NaN or infinite values</source>
        <translation>{path}：{what}{name} 含有 NaN 或无穷大的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a weights file</source>
        <translation>权重文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled data, which is refused</source>
        <translation>{path}：含有 pickle 数据，已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: a single .npy array, expected an .npz archive of weights</source>
        <translation>{path}：是单个 .npy 数组，应为 .npz 权重存档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not an .npz weights file (no zip header)</source>
        <translation>{path}：不是 .npz 权重文件（没有 zip 文件头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: holds pickled objects, which are refused</source>
        <translation>{path}：含有 pickle 对象，已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path}: not a readable .npz weights file ({problem})</source>
        <translation>{path}：不是可读取的 .npz 权重文件（{problem}）</translation>
    </message>
</context>
</TS>
