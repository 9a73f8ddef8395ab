<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QtAboutDialog</name>
    <message>
        <source>(loading…)</source>
        <translation>（加载中…）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>About the Neural Network Playground</source>
        <translation>关于神经网络游乐场</translation>
    </message>
    <message>
        <source>Click a network together, press Play, and watch a real Keras model learn: curves, decision boundaries, activations and filters, live.</source>
        <translation>点几下拼出一个网络，按“开始”，看真实的 Keras 模型实时学习：曲线、决策边界、激活值和过滤器。</translation>
    </message>
    <message>
        <source>Neural Network Playground</source>
        <translation>神经网络游乐场</translation>
    </message>
</context>
<context>
    <name>QtAutosave</name>
    <message>
        <source>Autosave failed: {0} Your work is still here; it is tried again every few seconds.</source>
        <translation>自动保存失败：{0} 你的工作仍在这里；每隔几秒会再试一次。</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>自动保存已恢复正常。</translation>
    </message>
</context>
<context>
    <name>QtBoundaryView</name>
    <message>
        <source>Show test data</source>
        <translation>显示测试数据</translation>
    </message>
    <message>
        <source>The output map shows what the model answers over the plane of 2-D data.

This data has no plane to draw: follow the loss and accuracy curves.</source>
        <translation>输出图展示模型在二维数据平面上各处给出的回答。

这份数据没有可绘制的平面：请看损失和准确率曲线。</translation>
    </message>
</context>
<context>
    <name>QtCallbacksDialog</name>
    <message>
        <source>Callbacks</source>
        <translation>回调函数</translation>
    </message>
    <message>
        <source>Keras calls these at the end of every epoch (Stop on NaN: after every batch).</source>
        <translation>Keras 在每轮结束时调用这些回调（遇 NaN 停止：在每个批次之后调用）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose the .keras file to save the model to</source>
        <translation>选择用于保存模型的 .keras 文件</translation>
    </message>
    <message>
        <source>A relative path is relative to the experiment file&apos;s folder.</source>
        <translation>相对路径以实验文件所在的文件夹为基准。</translation>
    </message>
    <message>
        <source>Save the best model as</source>
        <translation>将最佳模型保存为</translation>
    </message>
    <message>
        <source>Keras model (*.keras)</source>
        <translation>Keras 模型 (*.keras)</translation>
    </message>
</context>
<context>
    <name>QtConfusionView</name>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} of {total} samples</source>
        <translation>真实 {true}，预测 {predicted}：{total} 个样本中有 {count} 个</translation>
    </message>
</context>
<context>
    <name>QtControlsDialog</name>
    <message>
        <source>Show or hide controls</source>
        <translation>显示或隐藏控件</translation>
    </message>
    <message>
        <source>Untick what this experiment should not show: a lesson shows only what matters. The choice is saved in the experiment file.</source>
        <translation>取消勾选本实验不需要显示的内容：课程只显示要紧的部分。这一选择会保存在实验文件中。</translation>
    </message>
</context>
<context>
    <name>QtCsvDialog</name>
    <message>
        <source>Classification (classes)</source>
        <translation>分类（类别）</translation>
    </message>
    <message>
        <source>Regression (a number)</source>
        <translation>回归（一个数值）</translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation>导入 %s</translation>
    </message>
    <message>
        <source>%d rows, %d columns. The first rows:</source>
        <translation>%d 行，%d 列。前几行：</translation>
    </message>
    <message>
        <source>Target column (what to predict):</source>
        <translation>目标列（要预测的内容）：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>问题类型：</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>缺失值：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>numbers with many values: regression</source>
        <translation>取值很多的数值：回归</translation>
    </message>
    <message>
        <source>%d classes: classification</source>
        <translation>%d 个类别：分类</translation>
    </message>
    <message>
        <source>Detected for %s: %s.</source>
        <translation>%s 的识别结果：%s。</translation>
    </message>
    <message>
        <source>Text columns one-hot encoded: %s.</source>
        <translation>已做 one-hot 编码的文本列：%s。</translation>
    </message>
    <message>
        <source>Left out (a different text in nearly every row, like a name): %s.</source>
        <translation>已舍弃（几乎每行文本都不同，例如姓名）：%s。</translation>
    </message>
    <message>
        <source>Missing values: %s.</source>
        <translation>缺失值：%s。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>QtDataPanel</name>
    <message>
        <source>CSV table…</source>
        <translation>CSV 表格…</translation>
    </message>
    <message>
        <source>Folder of images (one sub-folder per class)…</source>
        <translation>图像文件夹（每个类别一个子文件夹）…</translation>
    </message>
    <message>
        <source>NumPy arrays (.npz)…</source>
        <translation>NumPy 数组（.npz）…</translation>
    </message>
    <message>
        <source>Which dataset?</source>
        <translation>选择哪个数据集？</translation>
    </message>
    <message>
        <source>Import your own data…</source>
        <translation>导入自己的数据…</translation>
    </message>
    <message>
        <source>The Keras book&apos;s datasets (keras.datasets): downloaded once on request, then read offline</source>
        <translation>Keras 教材中的数据集（keras.datasets）：按需下载一次，之后离线读取</translation>
    </message>
    <message>
        <source>Learn the labels</source>
        <translation>学习标签</translation>
    </message>
    <message>
        <source>Rebuild the inputs (autoencoder)</source>
        <translation>重建输入（自编码器）</translation>
    </message>
    <message>
        <source>An autoencoder learns to output its own input through a narrow middle layer</source>
        <translation>自编码器经由一个窄的中间层，学习输出它自己的输入</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>训练数据占比：</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>噪声：</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>样本数：</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>New random points (and new initial weights)</source>
        <translation>生成新的随机点（以及新的初始权重）</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>Which properties do you want to feed in?</source>
        <translation>你想把哪些属性输入网络？</translation>
    </message>
    <message>
        <source>Preprocessing and split</source>
        <translation>预处理与划分</translation>
    </message>
    <message>
        <source>Fitted on the training data only, then applied to every part</source>
        <translation>只在训练数据上拟合，再应用到每一部分</translation>
    </message>
    <message>
        <source>Scale inputs:</source>
        <translation>输入缩放：</translation>
    </message>
    <message>
        <source>word numbers, padded (for Embedding)</source>
        <translation>词编号序列，已填充（用于 Embedding）</translation>
    </message>
    <message>
        <source>multi-hot bag of words (for Dense)</source>
        <translation>multi-hot 词袋（用于 Dense）</translation>
    </message>
    <message>
        <source>Keras book: integer sequences for Embedding, or vectorize_sequences</source>
        <translation>Keras 教材的做法：整数序列输入 Embedding，或用 vectorize_sequences</translation>
    </message>
    <message>
        <source>Text as:</source>
        <translation>文本表示为：</translation>
    </message>
    <message>
        <source>Kept aside and never trained or tuned on; evaluated when training stops or pauses</source>
        <translation>单独留出，从不用于训练或调参；在训练停止或暂停时评估</translation>
    </message>
    <message>
        <source>Held-out test set:</source>
        <translation>留出测试集：</translation>
    </message>
    <message>
        <source>Shuffle before splitting</source>
        <translation>划分前打乱</translation>
    </message>
    <message>
        <source>Off: the split takes the rows in order, like Keras&apos;s validation_split</source>
        <translation>关闭时：按顺序取行进行划分，与 Keras 的 validation_split 相同</translation>
    </message>
    <message>
        <source>Stratified split</source>
        <translation>分层划分</translation>
    </message>
    <message>
        <source>Each part keeps the classes&apos; proportions (scikit-learn&apos;s stratify)</source>
        <translation>每一部分都保持各类别的比例（即 scikit-learn 的 stratify）</translation>
    </message>
    <message>
        <source>Balanced class weights</source>
        <translation>平衡类别权重</translation>
    </message>
    <message>
        <source>Each class counts as much in the loss: weight = samples / (classes × count)</source>
        <translation>每个类别在损失中的分量相同：权重 = 样本总数 / (类别数 × 该类样本数)</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>Cannot read the data: %s</source>
        <translation>无法读取数据：%s</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Held-out</source>
        <translation>留出</translation>
    </message>
    <message>
        <source>The classes are imbalanced: balanced class weights may help the rare ones.</source>
        <translation>类别不平衡：平衡类别权重可能对少数类有帮助。</translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation>导入说明：%s</translation>
    </message>
    <message>
        <source>Warning: %s.</source>
        <translation>警告：%s。</translation>
    </message>
    <message>
        <source>Choose {0}</source>
        <translation>选择 {0}</translation>
    </message>
    <message>
        <source>Keras book datasets…</source>
        <translation>Keras 教材数据集…</translation>
    </message>
    <message>
        <source>{name} (download {size} MB)</source>
        <translation>{name}（需下载 {size} MB）</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>输入缩放</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>文本表示</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>打乱</translation>
    </message>
    <message>
        <source>stratify</source>
        <translation>分层划分</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>留出测试集</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>train fraction</source>
        <translation>训练数据占比</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>更改{0}</translation>
    </message>
    <message>
        <source>Change class weights</source>
        <translation>更改类别权重</translation>
    </message>
    <message>
        <source>Choose the {0} data</source>
        <translation>选择{0}数据</translation>
    </message>
    <message>
        <source>Rebuild the inputs</source>
        <translation>重建输入</translation>
    </message>
    <message>
        <source>Choose input features</source>
        <translation>选择输入特征</translation>
    </message>
    <message>
        <source>Labels: class numbers 0–{last} (the loss is sparse_categorical_crossentropy)</source>
        <translation>标签：类别编号 0–{last}（损失函数为 sparse_categorical_crossentropy）</translation>
    </message>
    <message>
        <source>Labels: one-hot rows of {n} (the loss is {loss})</source>
        <translation>标签：长度为 {n} 的 one-hot 行（损失函数为 {loss}）</translation>
    </message>
    <message>
        <source>Drawn by hand: {n} points with values (regression); draw on the output plane</source>
        <translation>手绘：{n} 个带数值的点（回归）；在输出平面上绘制</translation>
    </message>
    <message>
        <source>Drawn by hand: {n} points of {classes} classes; draw on the output plane</source>
        <translation>手绘：{n} 个分属 {classes} 个类别的点；在输出平面上绘制</translation>
    </message>
    <message>
        <source>Drawn by hand: {n} points of two classes; draw on the output plane</source>
        <translation>手绘：{n} 个分属两个类别的点；在输出平面上绘制</translation>
    </message>
    <message>
        <source>Imported: {file} — target {target}, a number to predict (regression); inputs {shape}</source>
        <translation>已导入：{file} — 目标 {target}，预测一个数值（回归）；输入 {shape}</translation>
    </message>
    <message>
        <source>Imported: {file} — a number to predict (regression); inputs {shape}</source>
        <translation>已导入：{file} — 预测一个数值（回归）；输入 {shape}</translation>
    </message>
    <message>
        <source>Imported: {file} — target {target}, {n} classes ({classes}); inputs {shape}</source>
        <translation>已导入：{file} — 目标 {target}，{n} 个类别（{classes}）；输入 {shape}</translation>
    </message>
    <message>
        <source>Imported: {file} — {n} classes ({classes}); inputs {shape}</source>
        <translation>已导入：{file} — {n} 个类别（{classes}）；输入 {shape}</translation>
    </message>
</context>
<context>
    <name>QtDoctorView</name>
    <message>
        <source>Train a little: the doctor looks at the curves and the layers as the run goes.</source>
        <translation>先训练一会儿：训练过程中，诊断会查看曲线和各层的情况。</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <source>(epoch {0})</source>
        <translation>（第 {0} 轮）</translation>
    </message>
</context>
<context>
    <name>QtDrawTab</name>
    <message>
        <source>Pen</source>
        <translation>画笔</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>撤销一笔</translation>
    </message>
    <message>
        <source>Take back the last stroke, clear or picture (Ctrl+Z on the pad)</source>
        <translation>撤销最近的一笔、清除或图片（在画板上按 Ctrl+Z）</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Put a picture file on the pad (or drop one on it)</source>
        <translation>把图片文件放到画板上（也可以直接拖放到画板上）</translation>
    </message>
    <message>
        <source>Click a class&apos;s bar to see where the model looks for it</source>
        <translation>点击某个类别的条形，查看模型在哪里寻找这个类别</translation>
    </message>
    <message>
        <source>Every layer on the drawing, first to last. Click a map (or a unit) to see what in the drawing drives it; again to go back.</source>
        <translation>每一层对这幅画的输出，从第一层到最后一层。点击一张特征图（或一个单元）可查看画中是什么在驱动它；再点一次即返回。</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>这幅画</translation>
    </message>
    <message>
        <source>the test sample looked at</source>
        <translation>正在查看的测试样本</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Small steps on every pixel, each the way that makes the class more likely, until the model agrees</source>
        <translation>对每个像素做小幅调整，每一步都朝着让该类别更有可能的方向，直到模型认同为止</translation>
    </message>
    <message>
        <source>Draw on it</source>
        <translation>在上面画</translation>
    </message>
    <message>
        <source>Put the nudged picture on the pad</source>
        <translation>把微调后的图片放到画板上</translation>
    </message>
    <message>
        <source>Make the model see another class: choose it and press Nudge.</source>
        <translation>让模型看到另一个类别：选择它，然后按“微调”。</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>让</translation>
    </message>
    <message>
        <source>look like</source>
        <translation>看起来像</translation>
    </message>
    <message>
        <source>Draw here once a model that sorts pictures into classes is built (a template such as LeNet).</source>
        <translation>建好一个把图片分类的模型（例如 LeNet 这类模板）后，就可以在这里绘画。</translation>
    </message>
    <message>
        <source>Draw a digit or a shape on the pad.</source>
        <translation>在画板上画一个数字或形状。</translation>
    </message>
    <message>
        <source>The model sees “{cls}” ({p:.0%})</source>
        <translation>模型看到的是“{cls}”（{p:.0%}）</translation>
    </message>
    <message>
        <source>What in the drawing drives unit {unit} of {layer} (brighter: a change there moves it more)</source>
        <translation>画中哪些部分驱动 {layer} 的单元 {unit}（越亮：在那里改动对它的影响越大）</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer</source>
        <translation>Grad-CAM 需要一个卷积层</translation>
    </message>
    <message>
        <source>Where the model looked for “{cls}” (layer {layer})</source>
        <translation>模型在哪里寻找“{cls}”（层：{layer}）</translation>
    </message>
    <message>
        <source>Put a picture on the pad</source>
        <translation>把图片放到画板上</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Nudging…</source>
        <translation>正在微调…</translation>
    </message>
    <message>
        <source>Step {i} of {n}: P({cls}) = {p:.0%}</source>
        <translation>第 {i} 步（共 {n} 步）：P({cls}) = {p:.0%}</translation>
    </message>
    <message>
        <source>The model sees “{cls}” ({p:.0%}) after {n} steps; no pixel moved more than {change:.0%} of its range. Red: ink added, blue: ink taken away.</source>
        <translation>{n} 步后，模型看到的是“{cls}”（{p:.0%}）；没有哪个像素的变化超过其范围的 {change:.0%}。红色：添加的墨迹，蓝色：擦去的墨迹。</translation>
    </message>
    <message>
        <source>After {n} steps the model still does not see “{cls}” (P = {p:.0%}); pixels moved up to {change:.0%} of their range.</source>
        <translation>{n} 步后，模型仍然没有看到“{cls}”（P = {p:.0%}）；像素的变化最多达到其范围的 {change:.0%}。</translation>
    </message>
</context>
<context>
    <name>QtDrawing</name>
    <message>
        <source>The drawing pad is for models that sort pictures into classes (digits, shapes…).</source>
        <translation>画板适用于把图片分类的模型（数字、形状…）。</translation>
    </message>
</context>
<context>
    <name>QtExports</name>
    <message>
        <source>Keras model, legacy HDF5 (.h5)…</source>
        <translation>Keras 模型，旧版 HDF5（.h5）…</translation>
    </message>
    <message>
        <source>Weights (.weights.h5)…</source>
        <translation>权重（.weights.h5）…</translation>
    </message>
    <message>
        <source>Python script (plain Keras)…</source>
        <translation>Python 脚本（纯 Keras）…</translation>
    </message>
    <message>
        <source>History (CSV)…</source>
        <translation>训练历史（CSV）…</translation>
    </message>
    <message>
        <source>TensorBoard logs…</source>
        <translation>TensorBoard 日志…</translation>
    </message>
    <message>
        <source>Report (HTML)…</source>
        <translation>报告（HTML）…</translation>
    </message>
    <message>
        <source>Network picture…</source>
        <translation>神经元图片…</translation>
    </message>
    <message>
        <source>Graph picture…</source>
        <translation>结构图图片…</translation>
    </message>
    <message>
        <source>Output picture…</source>
        <translation>输出图片…</translation>
    </message>
    <message>
        <source>Curves picture…</source>
        <translation>曲线图片…</translation>
    </message>
    <message>
        <source>Inside-the-network picture…</source>
        <translation>网络内部图片…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>This can be exported once the model is built.</source>
        <translation>模型构建完成后才能导出。</translation>
    </message>
    <message>
        <source>Export Keras model</source>
        <translation>导出 Keras 模型</translation>
    </message>
    <message>
        <source>Keras model (*{0})</source>
        <translation>Keras 模型 (*{0})</translation>
    </message>
    <message>
        <source>Export weights</source>
        <translation>导出权重</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras 权重 (*.weights.h5)</translation>
    </message>
    <message>
        <source>Train a little first: TensorBoard logs hold the run&apos;s epochs.</source>
        <translation>请先训练一会儿：TensorBoard 日志记录的是本次运行的各轮。</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>TensorBoard 日志文件夹</translation>
    </message>
    <message>
        <source>Export Python script</source>
        <translation>导出 Python 脚本</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>Wrote {0}: run it with  python {1}</source>
        <translation>已写入 {0}：运行方式  python {1}</translation>
    </message>
    <message>
        <source>Train a little first: the history has no epochs yet.</source>
        <translation>请先训练一会儿：训练历史中还没有任何一轮。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出训练历史</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the history ({0} epochs) to {1}</source>
        <translation>已将训练历史（{0} 轮）写入 {1}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Wrote the report to {0}</source>
        <translation>已将报告写入 {0}</translation>
    </message>
</context>
<context>
    <name>QtGraphView</name>
    <message>
        <source>{0} params</source>
        <translation>{0} 个参数</translation>
    </message>
    <message>
        <source>{0} parameters</source>
        <translation>{0} 个参数</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>无参数</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>输出 {0}</translation>
    </message>
    <message>
        <source>{0} → {1}: {2}
right-click to disconnect</source>
        <translation>{0} → {1}：{2}
右键单击可断开连接</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>{0} of the model: {1}</source>
        <translation>模型的{0}：{1}</translation>
    </message>
    <message>
        <source>Disconnect from {0}</source>
        <translation>断开与 {0} 的连接</translation>
    </message>
</context>
<context>
    <name>QtHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <source>About the playground</source>
        <translation>关于游乐场</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>开始 / 暂停</translation>
    </message>
    <message>
        <source>Cannot open the log folder {0}.</source>
        <translation>无法打开日志文件夹 {0}。</translation>
    </message>
</context>
<context>
    <name>QtImageFolderDialog</name>
    <message>
        <source>as the images are</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>colour (RGB)</source>
        <translation>彩色（RGB）</translation>
    </message>
    <message>
        <source>Import images from %s</source>
        <translation>从 %s 导入图像</translation>
    </message>
    <message>
        <source>%d classes, one per sub-folder: %s</source>
        <translation>%d 个类别，每个子文件夹一类：%s</translation>
    </message>
    <message>
        <source>Resize every image to:</source>
        <translation>将每张图像缩放为：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>QtInsideView</name>
    <message>
        <source>The test sample</source>
        <translation>测试样本</translation>
    </message>
    <message>
        <source>The test sample the views show</source>
        <translation>各视图所显示的测试样本</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>One scale</source>
        <translation>统一色标</translation>
    </message>
    <message>
        <source>One colour scale for the whole layer (compare maps); unticked, each map has its own</source>
        <translation>整层使用同一色标（便于比较各图）；不勾选时，每张图使用各自的色标</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>What excites them?</source>
        <translation>什么能激活它们？</translation>
    </message>
    <message>
        <source>Finds, by gradient ascent, the input that each filter of this layer responds to most</source>
        <translation>用梯度上升找出这一层每个过滤器响应最强的输入</translation>
    </message>
    <message>
        <source>Each layer&apos;s output on up to 128 test samples (mean ± standard deviation), and the spread of its weights and of their gradients. Outputs that shrink to zero with depth, or pile up at ±1, learn slowly.</source>
        <translation>每一层在最多 128 个测试样本上的输出（均值 ± 标准差），以及其权重和梯度的分布。随深度缩小到零、或堆积在 ±1 的输出，学习会很慢。</translation>
    </message>
    <message>
        <source>Activations across depth</source>
        <translation>各深度的激活值</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>均值 ± 标准差</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Click a sample to look inside the network with it.</source>
        <translation>点击一个样本，用它查看网络内部。</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Train the model to look inside it.</source>
        <translation>训练模型后即可查看其内部。</translation>
    </message>
    <message>
        <source>Epoch {epoch} · sample {index}: label {label}, predicted {prediction} ({p:.0%})</source>
        <translation>第 {epoch} 轮 · 样本 {index}：标签 {label}，预测 {prediction}（{p:.0%}）</translation>
    </message>
    <message>
        <source>Epoch {epoch} · sample {index}: label {label}, predicted {prediction}</source>
        <translation>第 {epoch} 轮 · 样本 {index}：标签 {label}，预测 {prediction}</translation>
    </message>
    <message>
        <source>The layers&apos; outputs appear once the model is training.</source>
        <translation>模型开始训练后，这里会显示各层的输出。</translation>
    </message>
    <message>
        <source>The output of {name} has shape {shape}: only maps, sequences and vectors are drawn.</source>
        <translation>{name} 的输出形状为 {shape}：只绘制特征图、序列和向量。</translation>
    </message>
    <message>
        <source>Filters are drawn for convolutional (Conv2D) layers.</source>
        <translation>只为卷积层（Conv2D）绘制过滤器。</translation>
    </message>
    <message>
        <source>{n} filters of {kh}×{kw}; one row per input channel (the first {rows} of {n_in})</source>
        <translation>{n} 个 {kh}×{kw} 过滤器；每个输入通道一行（{n_in} 个中的前 {rows} 个）</translation>
    </message>
    <message>
        <source>{n} filters of {kh}×{kw}; one row per input channel</source>
        <translation>{n} 个 {kh}×{kw} 过滤器；每个输入通道一行</translation>
    </message>
    <message>
        <source>What excites each filter of {layer}: the input it responds to most</source>
        <translation>什么能激活 {layer} 的每个过滤器：它响应最强的输入</translation>
    </message>
    <message>
        <source>What excites each filter of {layer} at epoch {epoch}: the input it responds to most</source>
        <translation>第 {epoch} 轮时什么能激活 {layer} 的每个过滤器：它响应最强的输入</translation>
    </message>
    <message>
        <source>Per-layer statistics appear once the model is training.</source>
        <translation>模型开始训练后，这里会显示各层的统计。</translation>
    </message>
    <message>
        <source>{number}. {name} weights · std {std:.2g} · {dead:.0%} dead</source>
        <translation>{number}. {name} 权重 · 标准差 {std:.2g} · {dead:.0%} 已死亡</translation>
    </message>
    <message>
        <source>{number}. {name} weights · std {std:.2g}</source>
        <translation>{number}. {name} 权重 · 标准差 {std:.2g}</translation>
    </message>
    <message>
        <source>no gradients (no targets)</source>
        <translation>无梯度（没有目标）</translation>
    </message>
    <message>
        <source>gradients · norm {norm:.2g}</source>
        <translation>梯度 · 范数 {norm:.2g}</translation>
    </message>
    <message>
        <source>Grad-CAM is drawn for image data, once the model is training.</source>
        <translation>模型开始训练后，会为图像数据绘制 Grad-CAM。</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer</source>
        <translation>Grad-CAM 需要一个卷积层</translation>
    </message>
    <message>
        <source>Where the model looked for “{cls}” (layer {layer})</source>
        <translation>模型在哪里寻找“{cls}”（层 {layer}）</translation>
    </message>
    <message>
        <source>The confusion matrix (true class × predicted class) appears for classification models.</source>
        <translation>分类模型会在这里显示混淆矩阵（真实类别 × 预测类别）。</translation>
    </message>
    <message>
        <source>Samples are drawn for image data</source>
        <translation>只为图像数据绘制样本</translation>
    </message>
    <message>
        <source>Misclassified test samples appear once the model predicts classes.</source>
        <translation>模型开始预测类别后，这里会显示被分错的测试样本。</translation>
    </message>
    <message>
        <source>No misclassified test samples.</source>
        <translation>没有被分错的测试样本。</translation>
    </message>
    <message>
        <source>Misclassified: {wrong} of {n} test samples (true→predicted: {pairs}…)</source>
        <translation>分错：{n} 个测试样本中有 {wrong} 个（真实→预测：{pairs}…）</translation>
    </message>
</context>
<context>
    <name>QtLab</name>
    <message>
        <source>Fix the experiment first: {0}</source>
        <translation>请先修正实验：{0}</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>更改验证方式</translation>
    </message>
    <message>
        <source>Training {0} versions one after another…</source>
        <translation>正在依次训练 {0} 个版本…</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>折</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>训练数据</translation>
    </message>
    <message>
        <source>units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>one batch</source>
        <translation>单个批次</translation>
    </message>
    <message>
        <source>one batch of {0} samples</source>
        <translation>一个批次（{0} 个样本）</translation>
    </message>
    <message>
        <source>Version {0}/{1}: {2} — epoch {3}</source>
        <translation>版本 {0}/{1}：{2} — 第 {3} 轮</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} versions.</source>
        <translation>已取消：{1} 个版本中完成了 {0} 个。</translation>
    </message>
    <message>
        <source>It learned them: the network and the loss can fit data.</source>
        <translation>它学会了：网络和损失函数能够拟合数据。</translation>
    </message>
    <message>
        <source>It could not fit them: look for a bug — a loss that does not fit the labels, a network too small or frozen, or a learning rate too low or too high.</source>
        <translation>它无法拟合：请查找错误——损失函数与标签不匹配、网络太小或被冻结，或者学习率过低或过高。</translation>
    </message>
    <message>
        <source>One batch: loss {0:.4f} after {1} epochs. {2}</source>
        <translation>单个批次：{1} 轮后损失为 {0:.4f}。{2}</translation>
    </message>
    <message>
        <source>K-fold: validation {0} {1:.3f} ± {2:.3f} over {3} folds.</source>
        <translation>K 折：{3} 折的验证 {0} 为 {1:.3f} ± {2:.3f}。</translation>
    </message>
    <message>
        <source>Done: {0} versions; their validation curves are overlaid on the curves.</source>
        <translation>完成：共 {0} 个版本；它们的验证曲线已叠加在曲线图上。</translation>
    </message>
    <message>
        <source>Open the settings of run {0}</source>
        <translation>打开运行 {0} 的设置</translation>
    </message>
</context>
<context>
    <name>QtLabView</name>
    <message>
        <source>The number of folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>repeats </source>
        <translation>重复 </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the values to try, separated by commas, e.g. {0}</source>
        <translation>输入要尝试的值，用逗号分隔，例如 {0}</translation>
    </message>
    <message>
        <source>Unknown optimizer {0}; choose from {1}</source>
        <translation>未知的优化器 {0}；请从 {1} 中选择</translation>
    </message>
    <message>
        <source>“{0}” is not a number: type numbers separated by commas</source>
        <translation>“{0}”不是数字：请输入用逗号分隔的数字</translation>
    </message>
    <message>
        <source>Data sizes are percent of the training rows, above 0 and at most 100</source>
        <translation>数据量是训练数据行数的百分比，须大于 0 且不超过 100</translation>
    </message>
    <message>
        <source>Learning rates must be above 0 and at most 100</source>
        <translation>学习率必须大于 0 且不超过 100</translation>
    </message>
    <message>
        <source>Capacity values must be whole numbers from 0 to 1024</source>
        <translation>容量值必须是 0 到 1024 之间的整数</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>train mean ± std</source>
        <translation>训练（均值 ± 标准差）</translation>
    </message>
    <message>
        <source>validation mean ± std</source>
        <translation>验证（均值 ± 标准差）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>best validation (epoch)</source>
        <translation>最佳验证（轮次）</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
</context>
<context>
    <name>QtLayerMaps</name>
    <message>
        <source>{name} ({kind}): {n} maps of {h}×{w}</source>
        <translation>{name}（{kind}）：{n} 张 {h}×{w} 的特征图</translation>
    </message>
    <message>
        <source>{name} ({kind}): {n} units</source>
        <translation>{name}（{kind}）：{n} 个单元</translation>
    </message>
</context>
<context>
    <name>QtLayerPalette</name>
    <message>
        <source>Double-click a layer to add it after the selected one, or drag it into place</source>
        <translation>双击某个层，将其添加到所选层之后；也可以把它拖到目标位置</translation>
    </message>
</context>
<context>
    <name>QtLayerProperties</name>
    <message>
        <source>No layer selected</source>
        <translation>未选择层</translation>
    </message>
    <message>
        <source>Select a layer in the stack or the graph to see its settings.</source>
        <translation>在层列表或结构图中选择一个层，以查看其设置。</translation>
    </message>
    <message>
        <source>Receives the whole sample, as the data&apos;s own input does.</source>
        <translation>接收整个样本，与数据本身的输入相同。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>{which} penalty on the kernel (0: none)</source>
        <translation>对权重（kernel）的 {which} 惩罚（0：无）</translation>
    </message>
    <message>
        <source>{which} penalty on the bias (0: none)</source>
        <translation>对偏置（bias）的 {which} 惩罚（0：无）</translation>
    </message>
    <message>
        <source>The layers this one takes; tick two or more on Add or Concatenate</source>
        <translation>这一层接收哪些层的输出；Add 或 Concatenate 层可勾选两个或更多</translation>
    </message>
    <message>
        <source>An input needs at least one feature.</source>
        <translation>输入至少需要一个特征。</translation>
    </message>
    <message>
        <source>Main output: its loss and metrics are set under Training.</source>
        <translation>主输出：其损失和指标在“训练”中设置。</translation>
    </message>
    <message>
        <source>one more output of the model</source>
        <translation>模型的另一个输出</translation>
    </message>
    <message>
        <source>Train this layer against a target too (Keras: several outputs)</source>
        <translation>也用一个目标来训练这一层（Keras：多个输出）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>labels: the classes or values; inputs: rebuild the input</source>
        <translation>labels：类别或数值；inputs：重建输入</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>The loss this output is trained on</source>
        <translation>训练这个输出所用的损失函数</translation>
    </message>
    <message>
        <source>loss weight</source>
        <translation>损失权重</translation>
    </message>
    <message>
        <source>Its loss counts this much in the total (the main output&apos;s: 1)</source>
        <translation>它的损失在总损失中所占的权重（主输出为 1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Measured on this output each epoch</source>
        <translation>每轮在这个输出上计算</translation>
    </message>
    <message>
        <source>(from file)</source>
        <translation>（来自文件）</translation>
    </message>
    <message>
        <source>use letters, digits and _, starting with a letter</source>
        <translation>请使用字母、数字和 _，并以字母开头</translation>
    </message>
    <message>
        <source>write whole numbers, e.g. {0}</source>
        <translation>请填写整数，例如 {0}</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>需要填写一个值</translation>
    </message>
    <message>
        <source>write one size from {low:g} to {high:g}, or {dims} of them</source>
        <translation>请填写一个 {low:g} 到 {high:g} 之间的尺寸，或填写 {dims} 个</translation>
    </message>
    <message>
        <source>sizes must be ≥ 1; one of them may be -1</source>
        <translation>尺寸必须 ≥ 1；其中一个可以是 -1</translation>
    </message>
</context>
<context>
    <name>QtLayerStack</name>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>{0}  → output</source>
        <translation>{0}  → 输出</translation>
    </message>
</context>
<context>
    <name>QtLessonPanel</name>
    <message>
        <source>Try:</source>
        <translation>试一试：</translation>
    </message>
    <message>
        <source>The lesson&apos;s setting</source>
        <translation>课程原设置</translation>
    </message>
</context>
<context>
    <name>QtLessons</name>
    <message>
        <source>Lesson: {0}</source>
        <translation>课程：{0}</translation>
    </message>
</context>
<context>
    <name>QtLiveTensorBoard</name>
    <message>
        <source>Log to TensorBoard while training</source>
        <translation>训练时记录到 TensorBoard</translation>
    </message>
    <message>
        <source>Writes every run into its own subfolder as it trains: scalars, histograms, graph and settings</source>
        <translation>训练时把每次运行写入各自的子文件夹：标量、直方图、计算图和设置</translation>
    </message>
    <message>
        <source>TensorBoard folder…</source>
        <translation>TensorBoard 文件夹…</translation>
    </message>
    <message>
        <source>TensorBoard histograms every…</source>
        <translation>TensorBoard 直方图间隔…</translation>
    </message>
    <message>
        <source>Folder for live TensorBoard logs</source>
        <translation>实时 TensorBoard 日志的文件夹</translation>
    </message>
    <message>
        <source>TensorBoard histograms</source>
        <translation>TensorBoard 直方图</translation>
    </message>
    <message>
        <source>Weight and gradient histograms every N epochs (0: none):</source>
        <translation>每 N 轮写一次权重和梯度直方图（0：不写）：</translation>
    </message>
    <message>
        <source>TensorBoard logging is off.</source>
        <translation>TensorBoard 记录已关闭。</translation>
    </message>
    <message>
        <source>Logging to TensorBoard: {0} (copied)</source>
        <translation>正在记录到 TensorBoard：{0}（已复制）</translation>
    </message>
    <message>
        <source>Log to TensorBoard</source>
        <translation>记录到 TensorBoard</translation>
    </message>
    <message>
        <source>Each run is written into its own subfolder of {0} as it trains. To watch, run this command (it is on the clipboard):</source>
        <translation>每次运行在训练时写入 {0} 中各自的子文件夹。要观看，请运行这条命令（已复制到剪贴板）：</translation>
    </message>
</context>
<context>
    <name>QtLook</name>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Large text and thick lines, readable from the back of a room</source>
        <translation>大字号和粗线条，坐在教室后排也能看清</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>QtLossPlot</name>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>epoch {value:.0f}</source>
        <translation>第 {value:.0f} 轮</translation>
    </message>
    <message>
        <source>The epoch the timeline shows: drag it along the curves</source>
        <translation>时间轴所显示的轮次：可沿曲线拖动</translation>
    </message>
    <message>
        <source>Log scale (loss)</source>
        <translation>对数刻度（损失）</translation>
    </message>
    <message>
        <source>Shade the gap</source>
        <translation>填充差距</translation>
    </message>
    <message>
        <source>The area between the training and the validation curve: it grows when the model overfits</source>
        <translation>训练曲线与验证曲线之间的区域：模型过拟合时它会变大</translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>神经元</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>结构图</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行记录</translation>
    </message>
    <message>
        <source>Overfitting lab</source>
        <translation>过拟合实验室</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>损失与准确率</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play / pause training (Space)</source>
        <translation>开始 / 暂停训练（Space）</translation>
    </message>
    <message>
        <source>Train one epoch (S)</source>
        <translation>训练一轮（S）</translation>
    </message>
    <message>
        <source>New initial weights, empty curves (R)</source>
        <translation>新的初始权重，清空曲线（R）</translation>
    </message>
    <message>
        <source>End this run; Play starts a new one (Esc)</source>
        <translation>结束本次运行；按“开始”将开始新的运行（Esc）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Model summary…</source>
        <translation>模型摘要…</translation>
    </message>
    <message>
        <source>Keras model (.keras)…</source>
        <translation>Keras 模型（.keras）…</translation>
    </message>
    <message>
        <source>&amp;Import Keras model…</source>
        <translation>导入 Keras 模型(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>训练设置</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>从模板新建(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>打开示例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Optimizers on a loss surface…</source>
        <translation>损失曲面上的优化器…</translation>
    </message>
    <message>
        <source>Show or hide controls…</source>
        <translation>显示或隐藏控件…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Cannot open experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <source>{0} does not exist (moved or deleted?).</source>
        <translation>{0} 不存在（已被移动或删除？）。</translation>
    </message>
    <message>
        <source>{0} is not a usable experiment file.

{1}</source>
        <translation>{0} 不是可用的实验文件。

{1}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>模板：{0}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>The summary is ready once the model is built.</source>
        <translation>模型构建完成后即可查看摘要。</translation>
    </message>
    <message>
        <source>Saved the model with its current weights to {0}</source>
        <translation>已将模型及其当前权重保存到 {0}</translation>
    </message>
    <message>
        <source>Import Keras model</source>
        <translation>导入 Keras 模型</translation>
    </message>
    <message>
        <source>Cannot import model</source>
        <translation>无法导入模型</translation>
    </message>
    <message>
        <source>Start from the model&apos;s trained weights, to go on training it or to fine-tune it (untick a layer&apos;s “trainable” to freeze it)? No: its layers with fresh weights.</source>
        <translation>是否从模型已训练好的权重开始，以便继续训练或微调（取消勾选某层的“trainable”即可冻结该层）？选“否”：只使用其各层，权重重新初始化。</translation>
    </message>
    <message>
        <source>The model was built for inputs {0}; here it gets {1} from the {2} data.</source>
        <translation>该模型是为输入 {0} 构建的；而这里 {2} 数据提供的是 {1}。</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>Model imported</source>
        <translation>模型已导入</translation>
    </message>
    <message>
        <source>Imported the layers and their trained weights.</source>
        <translation>已导入各层及其训练好的权重。</translation>
    </message>
    <message>
        <source>Imported the layers (not the weights).</source>
        <translation>已导入各层（未导入权重）。</translation>
    </message>
    <message>
        <source>Saved the model with its current weights to {0}. It uses playground_layers.py, saved beside it: import playground_layers before keras.models.load_model.</source>
        <translation>已将模型及其当前权重保存到 {0}。它用到旁边一同保存的 playground_layers.py：在 keras.models.load_model 之前先 import playground_layers。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{0}[*] — Neural Network Playground</source>
        <translation>{0}[*] — 神经网络游乐场</translation>
    </message>
    <message>
        <source>This change needs a new run: the model being trained (epoch {0}) is built again with this layer changed, keeping every weight that remains. Make the change?</source>
        <translation>此更改需要开始新的运行：正在训练的模型（第 {0} 轮）将按更改后的这一层重新构建，并保留所有仍然存在的权重。确定要更改吗？</translation>
    </message>
    <message>
        <source>Start a new run?</source>
        <translation>开始新的运行？</translation>
    </message>
    <message>
        <source>This change needs a new run: the model being trained (epoch {0}) starts again from new weights. Make the change?</source>
        <translation>此更改需要开始新的运行：正在训练的模型（第 {0} 轮）将从新的权重重新开始。确定要更改吗？</translation>
    </message>
    <message>
        <source>Optimizers on a loss surface</source>
        <translation>损失曲面上的优化器</translation>
    </message>
    <message>
        <source>The range test can run once the model is built.</source>
        <translation>模型构建完成后才能运行范围测试。</translation>
    </message>
    <message>
        <source>The neuron picture shows Dense networks on 2-D data</source>
        <translation>神经元图只显示用于二维数据的 Dense 网络</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>{0}: the playground opens experiments (.json), data (.csv, .npz) and Keras models (.keras).</source>
        <translation>{0}：本游乐场可以打开实验（.json）、数据（.csv、.npz）和 Keras 模型（.keras）。</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>恢复未保存的工作？</translation>
    </message>
    <message>
        <source>The playground did not close normally. Restore the experiment “{0}” as it was at {1}, with its {2} run(s)?</source>
        <translation>游乐场上次没有正常关闭。是否将实验“{0}”恢复到 {1} 时的状态，连同其 {2} 次运行？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍后</translation>
    </message>
    <message>
        <source>Restored the work of {0}.</source>
        <translation>已恢复 {0} 的工作。</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them before closing?</source>
        <translation>“{0}”有未保存的更改。关闭前要保存吗？</translation>
    </message>
</context>
<context>
    <name>QtNetworkEditor</name>
    <message>
        <source>+ Add</source>
        <translation>+ 添加</translation>
    </message>
    <message>
        <source>Add the palette&apos;s layer after the selected one (double-click)</source>
        <translation>将层面板中选中的层添加到所选层之后（双击）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the selected layer just below it (Ctrl+D)</source>
        <translation>在所选层正下方复制一份（Ctrl+D）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected layer (Delete)</source>
        <translation>删除所选层（Delete）</translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation>将所选层上移</translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation>将所选层下移</translation>
    </message>
    <message>
        <source>+ Shortcut</source>
        <translation>+ 残差连接</translation>
    </message>
    <message>
        <source>Add a residual connection around the selected layer</source>
        <translation>在所选层周围添加一条残差连接</translation>
    </message>
    <message>
        <source>+ Branch</source>
        <translation>+ 分支</translation>
    </message>
    <message>
        <source>Add the palette&apos;s layer as a side branch taking the selected layer: the start of another output, or of a path to merge later</source>
        <translation>将层面板中选中的层作为以所选层为输入的旁支添加：可作为另一个输出的起点，或作为之后再合并的路径的起点</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>层面板</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Copy layers</source>
        <translation>复制层</translation>
    </message>
    <message>
        <source>Duplicate layer</source>
        <translation>创建层副本</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>删除层</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>添加 {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>删除 {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>移动 {0}</translation>
    </message>
    <message>
        <source>Duplicate {0}</source>
        <translation>复制 {0}</translation>
    </message>
    <message>
        <source>The clipboard holds no layers: copy a layer first (Ctrl+C).</source>
        <translation>剪贴板中没有层：请先复制一个层（Ctrl+C）。</translation>
    </message>
    <message>
        <source>Paste layers</source>
        <translation>粘贴层</translation>
    </message>
    <message>
        <source>Branch {0}</source>
        <translation>添加分支 {0}</translation>
    </message>
    <message>
        <source>Add shortcut</source>
        <translation>添加残差连接</translation>
    </message>
    <message>
        <source>Connect {0} to {1}</source>
        <translation>将 {0} 连接到 {1}</translation>
    </message>
    <message>
        <source>Disconnect {0} from {1}</source>
        <translation>断开 {0} 与 {1} 的连接</translation>
    </message>
    <message>
        <source>Change {0} of {1}</source>
        <translation>更改 {1} 的 {0}</translation>
    </message>
    <message>
        <source>Change output {0}</source>
        <translation>更改输出 {0}</translation>
    </message>
    <message>
        <source>Rename to {0}</source>
        <translation>重命名为 {0}</translation>
    </message>
    <message>
        <source>Change inputs of {0}</source>
        <translation>更改 {0} 的输入</translation>
    </message>
    <message>
        <source>Total: {0} parameters (part of the pretrained base trains: the status bar counts it once built)</source>
        <translation>共 {0} 个参数（预训练卷积基的一部分参与训练：模型构建完成后，状态栏会给出其数量）</translation>
    </message>
    <message>
        <source>Total: {0} parameters ({1} trainable, {2} not)</source>
        <translation>共 {0} 个参数（{1} 个可训练，{2} 个不可训练）</translation>
    </message>
    <message>
        <source>Total: {0} parameters</source>
        <translation>共 {0} 个参数</translation>
    </message>
    <message>
        <source>Last layer ({0}): {1}</source>
        <translation>最后一层（{0}）：{1}</translation>
    </message>
    <message>
        <source>Output ({0}): {1}</source>
        <translation>输出（{0}）：{1}</translation>
    </message>
    <message>
        <source>Layer {0} ({1}): {2}</source>
        <translation>第 {0} 层（{1}）：{2}</translation>
    </message>
</context>
<context>
    <name>QtNetworkView</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output {0}</source>
        <translation>输出 {0}</translation>
    </message>
    <message>
        <source>Input {0}</source>
        <translation>输入 {0}</translation>
    </message>
    <message>
        <source>Layer {0}: {1}, unit {2}</source>
        <translation>第 {0} 层：{1}，单元 {2}</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>另有 {0} 个</translation>
    </message>
</context>
<context>
    <name>QtNumberField</name>
    <message>
        <source>a whole number from {low} up</source>
        <translation>≥ {low} 的整数</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的整数</translation>
    </message>
    <message>
        <source>a number above {low} and below {high}</source>
        <translation>大于 {low} 且小于 {high} 的数</translation>
    </message>
    <message>
        <source>a number above {low}, up to {high}</source>
        <translation>大于 {low} 且不超过 {high} 的数</translation>
    </message>
    <message>
        <source>a number from {low} up</source>
        <translation>≥ {low} 的数</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 之间的数</translation>
    </message>
    <message>
        <source>It is empty</source>
        <translation>没有填写内容</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整数</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} 超出范围</translation>
    </message>
    <message>
        <source>Takes {range}.</source>
        <translation>取值范围：{range}。</translation>
    </message>
    <message>
        <source>{reason}. It stays {kept}.</source>
        <translation>{reason}。仍保持为 {kept}。</translation>
    </message>
    <message>
        <source>{name}: {why}</source>
        <translation>{name}：{why}</translation>
    </message>
    <message>
        <source>{why}: {name} takes {range}</source>
        <translation>{why}（{name}：{range}）</translation>
    </message>
    <message>
        <source>{value} has more than {n} decimals</source>
        <translation>{value} 的小数超过 {n} 位</translation>
    </message>
</context>
<context>
    <name>QtOptimizerDialog</name>
    <message>
        <source>%s settings</source>
        <translation>%s 设置</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%s: %r is not a number</source>
        <translation>%s：%r 不是数字</translation>
    </message>
</context>
<context>
    <name>QtPointDrawing</name>
    <message>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Drag over points to remove them</source>
        <translation>在点上拖动即可删除它们</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Drag a point across the boundary and watch its prediction</source>
        <translation>把一个点拖过决策边界，观察它的预测</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>类别数：</translation>
    </message>
    <message>
        <source>How many classes you draw: two, or up to {0} (the model gets one output per class)</source>
        <translation>要绘制几个类别：两个，最多 {0} 个（模型为每个类别设一个输出）</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>The value the pen draws, from -1 to 1</source>
        <translation>画笔画出的数值，范围为 -1 到 1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Remove every point and draw from nothing</source>
        <translation>删除所有点，从空白开始绘制</translation>
    </message>
    <message>
        <source>Start from this set</source>
        <translation>从这个数据集开始</translation>
    </message>
    <message>
        <source>Turn the generated points into drawn points you can edit</source>
        <translation>把生成的点变成可以编辑的手绘点</translation>
    </message>
    <message>
        <source>Change the number of classes</source>
        <translation>更改类别数</translation>
    </message>
    <message>
        <source>Removed {0} points of the classes taken away (undo brings them back).</source>
        <translation>已删除被去掉的类别中的 {0} 个点（撤销可恢复）。</translation>
    </message>
    <message>
        <source>Kept the first {0} points: a drawing holds at most {0}.</source>
        <translation>只保留了前 {0} 个点：手绘数据最多容纳 {0} 个点。</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>清空手绘数据</translation>
    </message>
    <message>
        <source>Edit points</source>
        <translation>编辑点</translation>
    </message>
    <message>
        <source>Draw your own data: add, erase and move points on the plane</source>
        <translation>绘制你自己的数据：在平面上添加、擦除和移动点</translation>
    </message>
    <message>
        <source>Click or drag to add points; right-drag erases; Shift-drag moves</source>
        <translation>点击或拖动以添加点；右键拖动可擦除；按住 Shift 拖动可移动</translation>
    </message>
    <message>
        <source>Draw points of class {0}</source>
        <translation>绘制类别 {0} 的点</translation>
    </message>
    <message>
        <source>Start drawing from this set</source>
        <translation>从这个数据集开始绘制</translation>
    </message>
    <message>
        <source>A drawing holds at most {0} points: erase some first.</source>
        <translation>手绘数据最多容纳 {0} 个点：请先擦除一些。</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>绘制点</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>擦除点</translation>
    </message>
    <message>
        <source>Move a point</source>
        <translation>移动一个点</translation>
    </message>
    <message>
        <source>The point goes back: start from this set to keep a moved point.</source>
        <translation>这个点会回到原处：要保留移动后的点，请从这个数据集开始。</translation>
    </message>
    <message>
        <source>P(class {0}) = {1:.2f} → class {0}</source>
        <translation>P(类别 {0}) = {1:.2f} → 类别 {0}</translation>
    </message>
    <message>
        <source>Drag a point to see its prediction; it goes back unless you start from this set.</source>
        <translation>拖动一个点可查看它的预测；除非从这个数据集开始，否则它会回到原处。</translation>
    </message>
    <message>
        <source>No prediction yet: press Play</source>
        <translation>还没有预测：请按“开始”</translation>
    </message>
    <message>
        <source>P(class 1) = {0:.2f} → class {1}</source>
        <translation>P(类别 1) = {0:.2f} → 类别 {1}</translation>
    </message>
    <message>
        <source>output {0:+.2f} → class {1}</source>
        <translation>输出 {0:+.2f} → 类别 {1}</translation>
    </message>
    <message>
        <source>prediction {0:+.2f}</source>
        <translation>预测 {0:+.2f}</translation>
    </message>
    <message>
        <source>Your first stroke turns this set into drawn points.</source>
        <translation>画下第一笔后，这个数据集就会变成手绘点。</translation>
    </message>
</context>
<context>
    <name>QtRangeTestDialog</name>
    <message>
        <source>Learning-rate range test</source>
        <translation>学习率范围测试</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>each batch</source>
        <translation>每个批次</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑后</translation>
    </message>
    <message>
        <source>suggested {0:.2g}</source>
        <translation>建议值 {0:.2g}</translation>
    </message>
    <message>
        <source>now {0:.2g}</source>
        <translation>当前 {0:.2g}</translation>
    </message>
    <message>
        <source>The loss falls fastest a little below the rate where it is lowest ({0:.2g}); beyond that it blows up. A tenth of it, {1:.2g}, is a good start. The weights are as they were before the test.</source>
        <translation>损失在略低于其最低点所对应学习率（{0:.2g}）处下降最快；超过该值，损失就会急剧增大。取它的十分之一，即 {1:.2g}，是不错的起点。权重已恢复到测试之前的状态。</translation>
    </message>
    <message>
        <source>Use {0:.2g}</source>
        <translation>使用 {0:.2g}</translation>
    </message>
</context>
<context>
    <name>QtRunToolbar</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> 速度： </translation>
    </message>
    <message>
        <source>Epochs per second. The engine can go much faster than the eye can follow.</source>
        <translation>每秒训练的轮数。引擎的速度可以远远超过肉眼所能跟上的速度。</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>{0} 轮/s</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Epoch {0} (earlier)</source>
        <translation>第 {0} 轮（较早）</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <source>Training loss {0:.3f}</source>
        <translation>训练损失 {0:.3f}</translation>
    </message>
    <message>
        <source>Test loss {0:.3f}</source>
        <translation>测试损失 {0:.3f}</translation>
    </message>
    <message>
        <source>Test accuracy {0:.1%}</source>
        <translation>测试准确率 {0:.1%}</translation>
    </message>
</context>
<context>
    <name>QtRunsTensorBoard</name>
    <message>
        <source>All runs to TensorBoard…</source>
        <translation>所有运行记录导出到 TensorBoard…</translation>
    </message>
    <message>
        <source>Every run of the Runs table as TensorBoard logs, a folder each, to compare in its HParams tab</source>
        <translation>把运行记录表中的每次运行写成 TensorBoard 日志（每次一个文件夹），在它的 HParams 页中比较</translation>
    </message>
    <message>
        <source>Still writing the runs to TensorBoard: a moment.</source>
        <translation>仍在把运行记录写入 TensorBoard：请稍候。</translation>
    </message>
    <message>
        <source>Train a little first: there are no runs to write to TensorBoard yet.</source>
        <translation>请先训练一会儿：还没有可写入 TensorBoard 的运行记录。</translation>
    </message>
    <message>
        <source>Folder for the runs&apos; TensorBoard logs</source>
        <translation>存放运行记录 TensorBoard 日志的文件夹</translation>
    </message>
    <message>
        <source>Writing {0} runs to TensorBoard logs in {1}…</source>
        <translation>正在把 {0} 次运行写成 TensorBoard 日志，放在 {1}…</translation>
    </message>
    <message>
        <source>Wrote {0} runs to {1}: see them with  tensorboard --logdir {1}</source>
        <translation>已把 {0} 次运行写入 {1}：用  tensorboard --logdir {1}  查看</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
</context>
<context>
    <name>QtRunsView</name>
    <message>
        <source>overlay</source>
        <translation>叠加</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>settings that differ</source>
        <translation>不同的设置</translation>
    </message>
    <message>
        <source>best validation</source>
        <translation>最佳验证</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>结束方式</translation>
    </message>
    <message>
        <source>Tick to draw the run&apos;s curves over the others</source>
        <translation>勾选后将这次运行的曲线叠加在其他曲线上</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s settings into the editor</source>
        <translation>将所选运行的设置载入编辑器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Forget the selected run</source>
        <translation>移除所选运行记录</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Forget every run</source>
        <translation>清除所有运行记录</translation>
    </message>
    <message>
        <source>TensorBoard…</source>
        <translation>TensorBoard…</translation>
    </message>
    <message>
        <source>Write every run as TensorBoard logs, a folder each, to compare in its HParams tab</source>
        <translation>把每次运行写成 TensorBoard 日志（每次一个文件夹），在它的 HParams 页中比较</translation>
    </message>
    <message>
        <source>All runs to TensorBoard…</source>
        <translation>所有运行记录导出到 TensorBoard…</translation>
    </message>
    <message>
        <source>The run on screen: it is kept here when the next one starts</source>
        <translation>当前显示的这次运行：下一次运行开始时，它会保留在这里</translation>
    </message>
    <message>
        <source>Draw this run&apos;s curves over the others</source>
        <translation>将这次运行的曲线叠加在其他曲线上</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>设置相同</translation>
    </message>
    <message>
        <source>accuracy {0} % (epoch {1})</source>
        <translation>准确率 {0} %（第 {1} 轮）</translation>
    </message>
    <message>
        <source>loss {0} (epoch {1})</source>
        <translation>损失 {0}（第 {1} 轮）</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>损失不是数值</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>went back to an earlier epoch</source>
        <translation>回到了较早的轮次</translation>
    </message>
    <message>
        <source>current: training…</source>
        <translation>当前：训练中…</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
</context>
<context>
    <name>QtScheduleDialog</name>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>平台期降低</translation>
    </message>
    <message>
        <source>1 epoch = %d steps (batches); %d epochs = %d steps</source>
        <translation>1 轮 = %d 步（批次）；%d 轮 = %d 步</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>the validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>the training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Drawn flat at %g: the drops depend on %s during training — lr × %g after %d epochs without improvement, never below %g.</source>
        <translation>图中画为 %g 的水平线：何时下降取决于训练中的%s——lr × %g，条件是连续 %d 轮没有改进；最低不低于 %g。</translation>
    </message>
    <message>
        <source>%s. Last epoch: %g</source>
        <translation>%s。最后一轮：%g</translation>
    </message>
</context>
<context>
    <name>QtSummaryDialog</name>
    <message>
        <source>Model summary</source>
        <translation>模型摘要</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>保存摘要</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
</context>
<context>
    <name>QtSurfaceView</name>
    <message>
        <source>Optimizers on a loss surface</source>
        <translation>损失曲面上的优化器</translation>
    </message>
    <message>
        <source>Pale: low loss, blue-grey: high; thin lines join equal losses.  ○ start (click the map to move it)</source>
        <translation>浅色：损失低，蓝灰色：损失高；细线连接损失相等的点。  ○ 起点（点击图可移动它）</translation>
    </message>
    <message>
        <source>Click the map to start the race from there</source>
        <translation>点击图，让比赛从那里开始</translation>
    </message>
    <message>
        <source>Surface:</source>
        <translation>曲面：</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <source>+ Add optimizer</source>
        <translation>+ 添加优化器</translation>
    </message>
    <message>
        <source>Default race</source>
        <translation>默认比赛</translation>
    </message>
    <message>
        <source>The optimizers and rates that show this surface&apos;s lesson</source>
        <translation>最能体现这个曲面要点的优化器和学习率</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>How many optimizer steps each one takes</source>
        <translation>每个优化器走多少步</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>%d steps/s</source>
        <translation>%d 步/s</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部显示</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Press Run to race the optimizers. Click the map to start elsewhere.</source>
        <translation>按“运行”让各优化器比赛。点击图可从别处开始。</translation>
    </message>
    <message>
        <source>Row %d (%s): %s.</source>
        <translation>第 %d 行（%s）：%s。</translation>
    </message>
    <message>
        <source>Tick at least one optimizer to race.</source>
        <translation>请至少勾选一个优化器参加比赛。</translation>
    </message>
    <message>
        <source>Computing the paths…</source>
        <translation>正在计算路径…</translation>
    </message>
    <message>
        <source>Loading TensorFlow, then computing the paths (a few seconds, once)…</source>
        <translation>正在加载 TensorFlow，然后计算路径（仅首次需要几秒）…</translation>
    </message>
    <message>
        <source>%d paths of %d steps computed in %.2f s.</source>
        <translation>已计算 %d 条路径，每条 %d 步，用时 %.2f s。</translation>
    </message>
    <message>
        <source>The paths could not be computed: %s</source>
        <translation>无法计算路径：%s</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>diverged after step %d</source>
        <translation>第 %d 步后发散</translation>
    </message>
    <message>
        <source>off the map</source>
        <translation>超出图外</translation>
    </message>
    <message>
        <source>%s — step %d of %d</source>
        <translation>%s — 第 %d 步，共 %d 步</translation>
    </message>
</context>
<context>
    <name>QtTimelineBar</name>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>Drag back to an earlier epoch to see its boundary, neurons, activations and filters. Weights are kept every few epochs (closer together early on).</source>
        <translation>拖回较早的轮次，查看当时的决策边界、神经元、激活值和过滤器。权重每隔几轮保存一次（早期间隔更密）。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Back to the model as it is now</source>
        <translation>回到模型的当前状态</translation>
    </message>
    <message>
        <source>Go on from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <source>Put this epoch&apos;s weights and optimizer state back and train on from it. The run as it was is kept under Runs.</source>
        <translation>恢复这一轮的权重和优化器状态，并从这里继续训练。原来的运行保留在“运行记录”中。</translation>
    </message>
    <message>
        <source>Showing epoch {0} of {1}</source>
        <translation>正在显示第 {0} 轮（共 {1} 轮）</translation>
    </message>
    <message>
        <source>Now: epoch {0}</source>
        <translation>现在：第 {0} 轮</translation>
    </message>
</context>
<context>
    <name>QtTrainingController</name>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在加载 TensorFlow…</translation>
    </message>
    <message>
        <source>Loading TensorFlow… training starts as soon as it has loaded.</source>
        <translation>正在加载 TensorFlow…加载完成后立即开始训练。</translation>
    </message>
    <message>
        <source>Loading TensorFlow… (Play cancelled)</source>
        <translation>正在加载 TensorFlow…（已取消“开始”）</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>One epoch…</source>
        <translation>正在训练一轮…</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}. Play starts a new run.</source>
        <translation>已在第 {0} 轮停止。按“开始”将开始新的运行。</translation>
    </message>
    <message>
        <source>Fine-tuning: compiling the model again with the new trainable layers…</source>
        <translation>微调：正在用新的可训练层重新编译模型…</translation>
    </message>
    <message>
        <source>Epoch limit raised: press Play to continue.</source>
        <translation>轮次上限已提高：按“开始”继续。</translation>
    </message>
    <message>
        <source>Cannot train yet: {0}</source>
        <translation>还不能训练：{0}</translation>
    </message>
    <message>
        <source>Training paused: {0}</source>
        <translation>训练已暂停：{0}</translation>
    </message>
    <message>
        <source>Went back to epoch {0}: Play goes on from there. The run until epoch {1} is kept under Runs.</source>
        <translation>已回到第 {0} 轮：按“开始”将从这里继续。截至第 {1} 轮的运行保留在“运行记录”中。</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>无法训练：{0}</translation>
    </message>
    <message>
        <source>Cannot read the data: {0}</source>
        <translation>无法读取数据：{0}</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在构建模型…</translation>
    </message>
    <message>
        <source>Ready: {0:,} parameters ({1:,} trainable). Press Play.</source>
        <translation>就绪：{0:,} 个参数（{1:,} 个可训练）。请按“开始”。</translation>
    </message>
    <message>
        <source>Ready: {0:,} parameters. Press Play.</source>
        <translation>就绪：{0:,} 个参数。请按“开始”。</translation>
    </message>
    <message>
        <source>Stopped early at epoch {0}: {1}.</source>
        <translation>已在第 {0} 轮提前停止：{1}。</translation>
    </message>
    <message>
        <source> Reset to train again.</source>
        <translation> 按“重置”可重新训练。</translation>
    </message>
    <message>
        <source>TerminateOnNaN ended the run at epoch {0}: the loss is not a number.</source>
        <translation>TerminateOnNaN 在第 {0} 轮结束了运行：损失不是数值。</translation>
    </message>
    <message>
        <source>Paused at epoch {0}.</source>
        <translation>已在第 {0} 轮暂停。</translation>
    </message>
    <message>
        <source>Finished {0} epochs.</source>
        <translation>已完成 {0} 轮。</translation>
    </message>
    <message>
        <source> Raise the epoch limit or Reset to train more.</source>
        <translation> 请提高轮次上限，或按“重置”重新训练。</translation>
    </message>
    <message>
        <source>Fine-tuning: {0} trainable parameters; training goes on from epoch {1} at learning rate {2:g}.</source>
        <translation>微调：{0} 个可训练参数；从第 {1} 轮起以学习率 {2:g} 继续训练。</translation>
    </message>
    <message>
        <source> Raise the epoch limit, then press Play.</source>
        <translation> 请提高轮次上限，然后按“开始”。</translation>
    </message>
    <message>
        <source>Learning-rate range test: trying rates from 0.00001 to 10…</source>
        <translation>学习率范围测试：正在尝试从 0.00001 到 10 的学习率…</translation>
    </message>
    <message>
        <source>The range test could not suggest a rate: {0}</source>
        <translation>范围测试无法给出建议的学习率：{0}</translation>
    </message>
    <message>
        <source>accuracy {0}</source>
        <translation>准确率 {0}</translation>
    </message>
    <message>
        <source>loss {0:.3g}</source>
        <translation>损失 {0:.3g}</translation>
    </message>
    <message>
        <source> Held-out test set: {0} (targets in standard deviations).</source>
        <translation> 留出测试集：{0}（目标以标准差为单位）。</translation>
    </message>
    <message>
        <source> Held-out test set: {0}.</source>
        <translation> 留出测试集：{0}。</translation>
    </message>
    <message>
        <source>Training paused: the loss became NaN (not a number) at epoch {0}.</source>
        <translation>训练已暂停：损失在第 {0} 轮变成了 NaN（不是数值）。</translation>
    </message>
    <message>
        <source>Training paused: the loss became infinite at epoch {0}.</source>
        <translation>训练已暂停：损失在第 {0} 轮变成了无穷大。</translation>
    </message>
    <message>
        <source> The learning rate ({0:g}) is probably too high — lower it (try ÷10) and press Reset.</source>
        <translation> 学习率（{0:g}）可能过高——请降低它（试试 ÷10），然后按“重置”。</translation>
    </message>
    <message>
        <source>layer {0}, {1}</source>
        <translation>第 {0} 层，{1}</translation>
    </message>
</context>
<context>
    <name>QtTrainingPanel</name>
    <message>
        <source>Only the losses that fit this data&apos;s problem are listed</source>
        <translation>只列出适合这份数据问题类型的损失函数</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失函数：</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>优化器：</translation>
    </message>
    <message>
        <source>Step size: w ← w − learning_rate · ∂loss/∂w. Applies at once, even while training.</source>
        <translation>步长：w ← w − learning_rate · ∂loss/∂w。立即生效，训练中也一样。</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>调度：</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Learning-rate range test: a short run raises the rate from 0.00001 to 10 and plots the loss; the weights are put back afterwards</source>
        <translation>学习率范围测试：短暂训练，把学习率从 0.00001 提高到 10 并绘制损失；之后会恢复权重</translation>
    </message>
    <message>
        <source>v ← momentum·v − lr·g;  w ← w + v</source>
        <translation>v ← momentum·v − lr·g;  w ← w + v</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>动量：</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Optimizer settings…</source>
        <translation>优化器设置…</translation>
    </message>
    <message>
        <source>Every Keras setting of this optimizer, and gradient clipping</source>
        <translation>该优化器的全部 Keras 设置，以及梯度裁剪</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Samples per training step: at most the training samples there are</source>
        <translation>每个训练步使用的样本数：最多为现有的训练样本数</translation>
    </message>
    <message>
        <source>Epoch limit:</source>
        <translation>轮次上限：</translation>
    </message>
    <message>
        <source>Callbacks:</source>
        <translation>回调函数：</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>平台期降低</translation>
    </message>
    <message>
        <source>Click to choose how the rate changes</source>
        <translation>点击选择学习率如何变化</translation>
    </message>
    <message>
        <source>{0} on …</source>
        <translation>已启用 {0} 个 …</translation>
    </message>
    <message>
        <source>None …</source>
        <translation>无 …</translation>
    </message>
    <message>
        <source>Early stopping, checkpoints, stop on NaN…</source>
        <translation>早停、检查点、遇 NaN 停止…</translation>
    </message>
</context>
<context>
    <name>QtTrainingWorker</name>
    <message>
        <source>TensorFlow could not be loaded: {0}</source>
        <translation>无法加载 TensorFlow：{0}</translation>
    </message>
    <message>
        <source>TensorFlow ran out of memory: the model or the batch is too big for this computer. Make the model smaller (fewer layers or units) or the batch size smaller, then press Play.</source>
        <translation>TensorFlow 内存不足：模型或批次对这台电脑来说太大。请把模型改小（更少的层或单元）或把批次大小改小，然后按“开始”。</translation>
    </message>
</context>
<context>
    <name>QtUnitSilencing</name>
    <message>
        <source>Silence units</source>
        <translation>屏蔽单元</translation>
    </message>
    <message>
        <source>While on, a click on a feature map (or a bar) switches that unit off (its output held at zero) or back on. A right-click does the same at any time. The trained weights are not changed.</source>
        <translation>开启时，点击一张特征图（或一个条形）即可关闭该单元（其输出保持为零）或重新开启。任何时候右键单击也有同样效果。训练得到的权重不会改变。</translation>
    </message>
    <message>
        <source>Which units matter</source>
        <translation>哪些单元重要</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Silence this unit</source>
        <translation>屏蔽这个单元</translation>
    </message>
    <message>
        <source>Working out what silencing each unit costs…</source>
        <translation>正在计算屏蔽每个单元的代价…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <source>Test loss if silenced</source>
        <translation>屏蔽后的测试损失</translation>
    </message>
    <message>
        <source>Loss change</source>
        <translation>损失变化</translation>
    </message>
    <message>
        <source>Accuracy change</source>
        <translation>准确率变化</translation>
    </message>
    <message>
        <source>Silence or bring back the chosen unit</source>
        <translation>屏蔽或恢复所选单元</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>This model has no hidden units to silence.</source>
        <translation>这个模型没有可屏蔽的隐藏单元。</translation>
    </message>
    <message>
        <source>Each unit silenced alone, on {n} test samples ({seconds:.2f} s): the first one named matters most. A positive loss change means the network needed that unit.</source>
        <translation>每次只屏蔽一个单元，在 {n} 个测试样本上计算（{seconds:.2f} s）：排在最前面的单元最重要。损失变化为正，表示网络需要那个单元。</translation>
    </message>
    <message>
        <source>While on, a click on a hidden neuron switches it off (its output held at zero) or back on. A right-click does the same at any time. The trained weights are not changed.</source>
        <translation>开启时，点击一个隐藏神经元即可关闭它（其输出保持为零）或重新开启。任何时候右键单击也有同样效果。训练得到的权重不会改变。</translation>
    </message>
    <message>
        <source>Silences every hidden unit in turn and lists them by how much the test loss rises</source>
        <translation>依次屏蔽每个隐藏单元，并按测试损失上升的幅度列出它们</translation>
    </message>
    <message>
        <source>Bring all back</source>
        <translation>全部恢复</translation>
    </message>
    <message>
        <source>Bring back {layer} unit {unit}</source>
        <translation>恢复 {layer} 的单元 {unit}</translation>
    </message>
    <message>
        <source>Silence {layer} unit {unit}</source>
        <translation>屏蔽 {layer} 的单元 {unit}</translation>
    </message>
    <message>
        <source>Bring back every unit</source>
        <translation>恢复所有单元</translation>
    </message>
    <message>
        <source>The ranking needs a model: wait until it is built.</source>
        <translation>排名需要一个模型：请等待模型构建完成。</translation>
    </message>
    <message>
        <source>What silencing costs could not be worked out: {0}</source>
        <translation>无法计算屏蔽的代价：{0}</translation>
    </message>
    <message>
        <source>Every unit of {layer} is silenced: the layer outputs zeros, so the layers after it see only their biases. Bring a unit back to let information through again.</source>
        <translation>{layer} 的所有单元都被屏蔽了：这一层输出全为零，因此后面的层只能看到它们自己的偏置。恢复一个单元即可让信息重新通过。</translation>
    </message>
    <message>
        <source>{n} silenced: test loss {before:.3f} → {now:.3f}</source>
        <translation>已屏蔽 {n} 个：测试损失 {before:.3f} → {now:.3f}</translation>
    </message>
    <message>
        <source>, accuracy {before:.1%} → {now:.1%}</source>
        <translation>，准确率 {before:.1%} → {now:.1%}</translation>
    </message>
    <message>
        <source>loss {change:+.3f}</source>
        <translation>损失 {change:+.3f}</translation>
    </message>
    <message>
        <source>acc {change:+.1%}</source>
        <translation>准确率 {change:+.1%}</translation>
    </message>
</context>
<context>
    <name>QtWeightEditing</name>
    <message>
        <source>There is no model to edit yet: wait until it is built, or press Play.</source>
        <translation>还没有可编辑的模型：请等待模型构建完成，或按“开始”。</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>添加一个神经元</translation>
    </message>
    <message>
        <source>Remove a neuron</source>
        <translation>删除一个神经元</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>添加一个隐藏层</translation>
    </message>
    <message>
        <source>Remove a hidden layer</source>
        <translation>删除一个隐藏层</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>{0} set to {1} (it was {2}).</source>
        <translation>{0} 已设为 {1}（原为 {2}）。</translation>
    </message>
    <message>
        <source>Training loss now {0}</source>
        <translation>训练损失现为 {0}</translation>
    </message>
    <message>
        <source>, test loss {0}</source>
        <translation>，测试损失 {0}</translation>
    </message>
</context>
<context>
    <name>QtWeightEditor</name>
    <message>
        <source>Remove a neuron from this layer</source>
        <translation>从这一层删除一个神经元</translation>
    </message>
    <message>
        <source>Add a neuron to this layer</source>
        <translation>为这一层添加一个神经元</translation>
    </message>
    <message>
        <source>Remove this hidden layer (the other layers keep their weights)</source>
        <translation>删除这个隐藏层（其他层保留各自的权重）</translation>
    </message>
    <message>
        <source>Add a hidden layer here (the other layers keep their weights)</source>
        <translation>在这里添加一个隐藏层（其他层保留各自的权重）</translation>
    </message>
    <message>
        <source>Weight: {0}</source>
        <translation>权重：{0}</translation>
    </message>
    <message>
        <source>Click to change it</source>
        <translation>点击可修改</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Bias of {0}</source>
        <translation>{0} 的偏置</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <source>This layer has no biases (use_bias is off)</source>
        <translation>这一层没有偏置（use_bias 已关闭）</translation>
    </message>
    <message>
        <source>Weight from {0} to {1}</source>
        <translation>从 {0} 到 {1} 的权重</translation>
    </message>
    <message>
        <source>neuron {0} of layer {1}</source>
        <translation>第 {1} 层的第 {0} 个神经元</translation>
    </message>
</context>
<context>
    <name>QtWeightPopup</name>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Drag to change the value; the pictures follow as you drag</source>
        <translation>拖动以改变数值；各图会随拖动实时更新</translation>
    </message>
    <message>
        <source>The value follows the training until you type or drag</source>
        <translation>在你输入或拖动之前，这个值会跟着训练更新</translation>
    </message>
    <message>
        <source>At epoch {0}</source>
        <translation>第 {0} 轮时</translation>
    </message>
</context>
<context>
    <name>QtWeightsRow</name>
    <message>
        <source>Which ImageNet weights it loads shows once it receives images.</source>
        <translation>收到图像后，会显示它加载哪一套 ImageNet 权重。</translation>
    </message>
    <message>
        <source>ImageNet weights: on this computer ({0}).</source>
        <translation>ImageNet 权重：已在本机（{0}）。</translation>
    </message>
    <message>
        <source>ImageNet weights: not on this computer yet. Training needs them.</source>
        <translation>ImageNet 权重：本机尚未下载。训练需要它们。</translation>
    </message>
    <message>
        <source>Download weights ({0})</source>
        <translation>下载权重（{0}）</translation>
    </message>
    <message>
        <source>Downloads {0} once into Keras&apos;s cache ({1}); no connection? Copy the file there.</source>
        <translation>将 {0} 下载一次到 Keras 的缓存（{1}）；没有网络？可将文件复制到那里。</translation>
    </message>
</context>
<context>
    <name>TensorBoardCommands</name>
    <message>
        <source>TensorBoard logging stopped: {0}</source>
        <translation>TensorBoard 记录已停止：{0}</translation>
    </message>
</context>
<context>
    <name>_QtRaceRow</name>
    <message>
        <source>Take part in the race (the colour of its path)</source>
        <translation>参加比赛（其路径的颜色）</translation>
    </message>
    <message>
        <source>The Keras optimizer</source>
        <translation>Keras 优化器</translation>
    </message>
    <message>
        <source>Learning rate: the size of each step, a number above 0</source>
        <translation>学习率：每一步的大小，须为大于 0 的数</translation>
    </message>
    <message>
        <source>Momentum, from 0 to 0.999 (SGD and RMSprop): %s</source>
        <translation>动量，0 到 0.999（SGD 和 RMSprop）：%s</translation>
    </message>
    <message>
        <source>Remove this optimizer</source>
        <translation>移除这个优化器</translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0, e.g. 0.01 (got “%s”)</source>
        <translation>学习率必须是大于 0 的数，例如 0.01（收到的是“%s”）</translation>
    </message>
    <message>
        <source>momentum must be a number from 0 to 0.999, e.g. 0.9 (got “%s”)</source>
        <translation>动量必须是 0 到 0.999 之间的数，例如 0.9（收到的是“%s”）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Neural Network Playground</source>
        <translation>神经网络游乐场</translation>
    </message>
    <message>
        <source>Cannot open experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <source>{0} does not exist (moved or deleted?).</source>
        <translation>{0} 不存在（已被移动或删除？）。</translation>
    </message>
</context>
<context>
    <name>callback_specs</name>
    <message>
        <source>Keras cannot tell whether {monitor!r} should fall or rise; monitor val_loss, loss or a compiled metric</source>
        <translation>Keras 无法判断 {monitor!r} 应当下降还是上升；请监视 val_loss、loss 或某个已编译的指标</translation>
    </message>
    <message>
        <source>must be a list of {{&quot;class_name&quot;: ..., &quot;config&quot;: {{...}}}} entries, got {callbacks}</source>
        <translation>必须是由 {{&quot;class_name&quot;: ..., &quot;config&quot;: {{...}}}} 条目组成的列表，收到的是 {callbacks}</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;EarlyStopping&quot;, &quot;config&quot;: {&quot;patience&quot;: 10}}</source>
        <translation>格式应类似 {&quot;class_name&quot;: &quot;EarlyStopping&quot;, &quot;config&quot;: {&quot;patience&quot;: 10}}</translation>
    </message>
    <message>
        <source>unknown callback {name!r}; choose from {known}</source>
        <translation>未知的回调 {name!r}；请从 {known} 中选择</translation>
    </message>
    <message>
        <source>{name} appears twice; keep one</source>
        <translation>{name} 出现了两次；请只保留一个</translation>
    </message>
    <message>
        <source>unexpected key {key!r}; an entry has class_name and config</source>
        <translation>意外的键 {key!r}；每个条目只包含 class_name 和 config</translation>
    </message>
    <message>
        <source>must be an object of settings, got {config}</source>
        <translation>必须是由设置组成的对象，收到的是 {config}</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: {settings}</source>
        <translation>{name} 没有设置项 {key!r}；它的设置项：{settings}</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: none</source>
        <translation>{name} 没有设置项 {key!r}；它没有任何设置项</translation>
    </message>
    <message>
        <source>{key} {problem}</source>
        <translation>{key}：{problem}</translation>
    </message>
    <message>
        <source>{path} leads out of the run&apos;s folder through a symbolic link (to {target}): not written</source>
        <translation>{path} 通过符号链接（指向 {target}）通到运行文件夹之外：未写入</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>必须是 true 或 false，收到的是 {value}</translation>
    </message>
    <message>
        <source>{value} is not recorded here; choose from {monitors}</source>
        <translation>这里没有记录 {value}；请从 {monitors} 中选择</translation>
    </message>
    <message>
        <source>must be the path of a .keras file, got {value}</source>
        <translation>必须是一个 .keras 文件的路径，收到的是 {value}</translation>
    </message>
    <message>
        <source>must end in .keras, got {value}</source>
        <translation>必须以 .keras 结尾，收到的是 {value}</translation>
    </message>
    <message>
        <source>must stay in the run&apos;s folder: give a relative path without &apos;..&apos;, got {value}</source>
        <translation>必须留在本次运行的文件夹里：请给出不含“..”的相对路径，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>必须是 {low} 到 {high} 之间的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number above {low:g} and below {high:g}, got {value}</source>
        <translation>必须是大于 {low:g} 且小于 {high:g} 的数，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {value}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的数，收到的是 {value}</translation>
    </message>
    <message>
        <source>has a {{…}} Keras cannot fill; use one of {names}, e.g. best-{{epoch}}.keras, got {path!r}</source>
        <translation>含有 Keras 无法填充的 {{…}}；请使用 {names} 之一，例如 best-{{epoch}}.keras，收到的是 {path!r}</translation>
    </message>
</context>
<context>
    <name>callbacks</name>
    <message>
        <source>the recorded value to watch (val_… is measured on the test set); losses and errors should fall, accuracy should rise</source>
        <translation>要监视的记录值（val_… 在测试集上计算）；损失和误差应当下降，准确率应当上升</translation>
    </message>
    <message>
        <source>a change smaller than this does not count as an improvement</source>
        <translation>小于此值的变化不算作改进</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>Stops training when the monitored value has not improved by min_delta for patience epochs; restore_best_weights puts back the best epoch&apos;s weights at the end.</source>
        <translation>当监视的值连续 patience 轮没有改进至少 min_delta 时停止训练；restore_best_weights 会在结束时恢复最佳一轮的权重。</translation>
    </message>
    <message>
        <source>epochs without improvement before training stops</source>
        <translation>停止训练之前允许没有改进的轮数</translation>
    </message>
    <message>
        <source>when training ends (stopped early or not), put back the weights of the best epoch</source>
        <translation>训练结束时（无论是否提前停止），恢复最佳一轮的权重</translation>
    </message>
    <message>
        <source>epochs of warm-up that are not watched at all</source>
        <translation>开始时完全不监视的预热轮数</translation>
    </message>
    <message>
        <source>Reduce learning rate on plateau</source>
        <translation>平台期降低学习率</translation>
    </message>
    <message>
        <source>Multiplies the learning rate by factor when the monitored value has not improved by min_delta for patience epochs, never below min_lr; cooldown pauses the counting after a reduction.</source>
        <translation>当监视的值连续 patience 轮没有改进至少 min_delta 时，将学习率乘以 factor，但不低于 min_lr；cooldown 会在每次降低后暂停计数。</translation>
    </message>
    <message>
        <source>new learning rate = learning rate × factor</source>
        <translation>新学习率 = 学习率 × factor</translation>
    </message>
    <message>
        <source>epochs without improvement before the rate is lowered</source>
        <translation>降低学习率之前允许没有改进的轮数</translation>
    </message>
    <message>
        <source>after a reduction, the next cooldown − 1 epochs do not count toward patience (Keras counts the cooldown down first, so 1 acts as 0)</source>
        <translation>每次降低后，接下来的 cooldown − 1 轮不计入 patience（Keras 先对 cooldown 倒数，所以 1 相当于 0）</translation>
    </message>
    <message>
        <source>the learning rate is never lowered below this</source>
        <translation>学习率永远不会降到低于此值</translation>
    </message>
    <message>
        <source>Save the best model (checkpoint)</source>
        <translation>保存最佳模型（检查点）</translation>
    </message>
    <message>
        <source>Saves the model to a .keras file after each epoch whose monitored value is the best so far (after every epoch if save_best_only is off).</source>
        <translation>每当某一轮的监视值是迄今最佳时，就在该轮结束后把模型保存到 .keras 文件（若关闭 save_best_only，则每轮都保存）。</translation>
    </message>
    <message>
        <source>the .keras file to write; a relative path is relative to the experiment file&apos;s folder</source>
        <translation>要写入的 .keras 文件；相对路径以实验文件所在的文件夹为基准</translation>
    </message>
    <message>
        <source>the recorded value that decides which model is best (val_… is measured on the test set); losses and errors should fall, accuracy should rise</source>
        <translation>用于判断哪个模型最佳的记录值（val_… 在测试集上计算）；损失和误差应当下降，准确率应当上升</translation>
    </message>
    <message>
        <source>save only when the monitored value is the best so far; off: after every epoch</source>
        <translation>仅当监视值是迄今最佳时才保存；关闭时：每轮都保存</translation>
    </message>
    <message>
        <source>Stop on NaN</source>
        <translation>遇 NaN 停止</translation>
    </message>
    <message>
        <source>Stops training at the first batch whose loss is NaN or infinite.</source>
        <translation>一旦某个批次的损失为 NaN 或无穷大，立即停止训练。</translation>
    </message>
</context>
<context>
    <name>class_names</name>
    <message>
        <source>circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>三角形</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>十字</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>负面</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>裤子</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套头衫</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>连衣裙</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>凉鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>衬衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>运动鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>飞机</translation>
    </message>
    <message>
        <source>automobile</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>鸟</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>猫</translation>
    </message>
    <message>
        <source>deer</source>
        <translation>鹿</translation>
    </message>
    <message>
        <source>dog</source>
        <translation>狗</translation>
    </message>
    <message>
        <source>frog</source>
        <translation>青蛙</translation>
    </message>
    <message>
        <source>horse</source>
        <translation>马</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>船</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>卡车</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>恶性</translation>
    </message>
    <message>
        <source>benign</source>
        <translation>良性</translation>
    </message>
</context>
<context>
    <name>controls</name>
    <message>
        <source>Which dataset (and importing data)</source>
        <translation>数据集选择（及导入数据）</translation>
    </message>
    <message>
        <source>Training data ratio</source>
        <translation>训练数据占比</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Number of samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Preprocessing and split</source>
        <translation>预处理与划分</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>输入特征</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>Optimizer and its settings</source>
        <translation>优化器及其设置</translation>
    </message>
    <message>
        <source>Learning rate (and the range test)</source>
        <translation>学习率（及范围测试）</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Epoch limit</source>
        <translation>轮次上限</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回调函数</translation>
    </message>
    <message>
        <source>Layer editor</source>
        <translation>层编辑器</translation>
    </message>
    <message>
        <source>Runs, overfitting lab and doctor</source>
        <translation>运行记录、过拟合实验室和诊断</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
</context>
<context>
    <name>csv_import</name>
    <message>
        <source>{name} cannot be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB: use a sample of its rows</source>
        <translation>{name} 大于 {mb} MB：请只取其中一部分行</translation>
    </message>
    <message>
        <source>{name}, line {line}: not UTF-8 text; save the file as CSV UTF-8</source>
        <translation>{name}，第 {line} 行：不是 UTF-8 文本；请将文件另存为 CSV UTF-8 格式</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空的</translation>
    </message>
    <message>
        <source>{name} is not a text file: choose a .csv table</source>
        <translation>{name} 不是文本文件：请选择一个 .csv 表格</translation>
    </message>
    <message>
        <source>{name} holds no values, only separators</source>
        <translation>{name} 中没有任何值，只有分隔符</translation>
    </message>
    <message>
        <source>{name} has {n} columns; the playground takes at most {most}: keep the columns you need</source>
        <translation>{name} 有 {n} 列；游乐场最多接受 {most} 列：只保留需要的列</translation>
    </message>
    <message>
        <source>{name}: the first row names one column; a table needs inputs and a target column</source>
        <translation>{name}：第一行只有一个列名；表格需要输入列和一个目标列</translation>
    </message>
    <message>
        <source>{name}: column {column} has no name in the first row: give every column a name</source>
        <translation>{name}：第 {column} 列在第一行中没有名称：请给每一列都起个名称</translation>
    </message>
    <message>
        <source>{name}: two columns are called {column!r}: rename one</source>
        <translation>{name}：有两列都叫 {column!r}：请重命名其中一列</translation>
    </message>
    <message>
        <source>{name} has a header but {n} data row(s): a table needs rows to learn from</source>
        <translation>{name} 有表头，但只有 {n} 行数据：表格需要有可供学习的行</translation>
    </message>
    <message>
        <source>{name}, row {row}: {values} values but the header names {columns} columns; fix that row (a missing separator, or a comma inside a value without quotes)</source>
        <translation>{name}，第 {row} 行：有 {values} 个值，但表头有 {columns} 列；请修正这一行（可能缺少分隔符，或某个值中含有逗号却没有加引号）</translation>
    </message>
    <message>
        <source>{name}: column {column!r} is empty in every row: leave it out of the file</source>
        <translation>{name}：列 {column!r} 在每一行都是空的：请把它从文件中去掉</translation>
    </message>
    <message>
        <source>{name}: two columns hold sample weights ({columns}): rename or remove one</source>
        <translation>{name}：有两列都存放样本权重（{columns}）：请重命名或删除其中一列</translation>
    </message>
    <message>
        <source>{name} has no column {target!r}; its columns are {columns}</source>
        <translation>{name} 中没有列 {target!r}；它的列为 {columns}</translation>
    </message>
    <message>
        <source>{name}: the column {target!r} holds sample weights (Keras&apos;s sample_weight), so it cannot be the target: choose another target, or rename the column to predict it</source>
        <translation>{name}：列 {target!r} 存放的是样本权重（Keras 的 sample_weight），因此不能作为目标：请选择其他目标，或者重命名该列以便预测它</translation>
    </message>
    <message>
        <source>missing values: choose one of {choices}, not {missing!r}</source>
        <translation>缺失值：请从 {choices} 中选择一个，而不是 {missing!r}</translation>
    </message>
    <message>
        <source>{name} has no column {column!r} to leave out</source>
        <translation>{name} 中没有可舍弃的列 {column!r}</translation>
    </message>
    <message>
        <source>{name}: no input columns are left besides the target {target!r}</source>
        <translation>{name}：除目标 {target!r} 外，没有剩下任何输入列</translation>
    </message>
    <message>
        <source>{name}: every row has a gap in some input column: fill the gaps instead</source>
        <translation>{name}：每一行的某个输入列都有缺失值：请改为填充缺失值</translation>
    </message>
    <message>
        <source>{name}: column {column!r} is empty in every row that has a {target}: leave it out</source>
        <translation>{name}：在有 {target} 值的每一行中，列 {column!r} 都是空的：请舍弃这一列</translation>
    </message>
    <message>
        <source>{name}: the target {target!r} holds text ({bad!r}): regression needs numbers; choose classification</source>
        <translation>{name}：目标 {target!r} 中含有文本（{bad!r}）：回归需要数值；请选择 classification</translation>
    </message>
    <message>
        <source>problem must be classification, multiclass or regression, not {problem!r}</source>
        <translation>problem 必须是 classification、multiclass 或 regression，而不是 {problem!r}</translation>
    </message>
    <message>
        <source>{name}: the target {target!r}</source>
        <translation>{name}：目标 {target!r}</translation>
    </message>
    <message>
        <source>no weight</source>
        <translation>没有权重</translation>
    </message>
    <message>
        <source>{value!r} is not a weight</source>
        <translation>{value!r} 不是权重</translation>
    </message>
    <message>
        <source>{name}, row {row}: {what} in column {column!r}; give every row a number 0 or more (0 leaves the row out of training)</source>
        <translation>{name}，第 {row} 行，列 {column!r}：{what}；请为每一行填写大于或等于 0 的数（0 表示该行不参与训练）</translation>
    </message>
    <message>
        <source>{name}: column {column!r}</source>
        <translation>{name}：列 {column!r}</translation>
    </message>
    <message>
        <source>{name}, row {row}: column {column!r} holds {value!r}, not a finite number; fix that cell</source>
        <translation>{name}，第 {row} 行：列 {column!r} 的值 {value!r} 不是有限的数；请修改该单元格</translation>
    </message>
    <message>
        <source>{name}, line {line}: a cell of more than {limit} characters. Look for a quote mark that opens a cell and never closes it: the rest of the file became one cell</source>
        <translation>{name}，第 {line} 行：有一个单元格超过 {limit} 个字符。请查找开启了单元格却从未闭合的引号：文件的其余部分都变成了一个单元格</translation>
    </message>
    <message>
        <source>{name}, line {line}: the quote marks of this line do not pair up ({reason}); fix the line</source>
        <translation>{name}，第 {line} 行：这一行的引号没有成对（{reason}）；请修正这一行</translation>
    </message>
    <message>
        <source>{name} has {rows} rows of {columns} values; the playground reads at most {most} values: use a sample of its rows</source>
        <translation>{name} 有 {rows} 行、每行 {columns} 个值；游乐场最多读取 {most} 个值：请只用其中一部分行</translation>
    </message>
</context>
<context>
    <name>curve_marks</name>
    <message>
        <source>early stop</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>best weights back</source>
        <translation>恢复最佳权重</translation>
    </message>
    <message>
        <source>lr ↓</source>
        <translation>lr ↓</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>已回退</translation>
    </message>
    <message>
        <source>best epoch {value:.0f}</source>
        <translation>最佳：第 {value:.0f} 轮</translation>
    </message>
    <message>
        <source>early stopping (patience {patience}) would stop here</source>
        <translation>早停（patience {patience}）会在此处停止</translation>
    </message>
    <message>
        <source>would stop (patience {patience})</source>
        <translation>会在此停止（patience {patience}）</translation>
    </message>
    <message>
        <source>epoch {0}: {1}</source>
        <translation>第 {0} 轮：{1}</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>异或</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（回归）</translation>
    </message>
    <message>
        <source>Multi-Gaussian (regression)</source>
        <translation>多高斯（回归）</translation>
    </message>
    <message>
        <source>Digits: 8×8 handwritten digits, 10 classes (scikit-learn)</source>
        <translation>数字：8×8 手写数字，10 个类别（scikit-learn）</translation>
    </message>
    <message>
        <source>Shapes: 28×28 drawn circles, squares, triangles, crosses</source>
        <translation>形状：28×28 的圆形、正方形、三角形和十字图画</translation>
    </message>
    <message>
        <source>Sequences: 20-step waves rising, falling or steady in pitch</source>
        <translation>序列：20 步的波形，音高上升、下降或保持平稳</translation>
    </message>
    <message>
        <source>Reviews: 12-word texts, positive or negative</source>
        <translation>评论：12 个词的文本，正面或负面</translation>
    </message>
    <message>
        <source>Iris: 4 measurements of 150 flowers, 3 species (scikit-learn)</source>
        <translation>鸢尾花：150 朵花的 4 项测量值，3 个品种（scikit-learn）</translation>
    </message>
    <message>
        <source>Wine: 13 chemical measurements of 178 wines, 3 cultivars (scikit-learn)</source>
        <translation>葡萄酒：178 种葡萄酒的 13 项化学测量值，3 个品种（scikit-learn）</translation>
    </message>
    <message>
        <source>Breast cancer: 30 cell measurements of 569 tumours, malignant or benign (scikit-learn)</source>
        <translation>乳腺癌：569 个肿瘤的 30 项细胞测量值，恶性或良性（scikit-learn）</translation>
    </message>
    <message>
        <source>Diabetes (regression): 10 measurements of 442 patients, disease progression (scikit-learn)</source>
        <translation>糖尿病（回归）：442 名患者的 10 项测量值，预测病情进展（scikit-learn）</translation>
    </message>
    <message>
        <source>{n} of {name}&apos;s {total} samples</source>
        <translation>{name} 的 {total} 个样本中的 {n} 个</translation>
    </message>
    <message>
        <source>the drawing has {n} points: draw at least a few on the plane (click or drag)</source>
        <translation>手绘数据只有 {n} 个点：请至少在平面上画几个点（点击或拖动）</translation>
    </message>
    <message>
        <source>every drawn point is of class {has}: draw some points of class {missing} too</source>
        <translation>所有手绘点都属于类别 {has}：也请画一些类别 {missing} 的点</translation>
    </message>
    <message>
        <source>the drawing is for {n} classes, but no point is of class {missing} yet: draw some of each class, or choose fewer classes</source>
        <translation>这幅手绘有 {n} 个类别，但还没有类别 {missing} 的点：请每个类别都画一些点，或选择更少的类别</translation>
    </message>
    <message>
        <source>the split leaves no test points ({n} drawn, {percent} % held out): draw more points, or hold out less</source>
        <translation>划分后没有测试点（画了 {n} 个，留出 {percent} %）：请多画一些点，或少留出一些</translation>
    </message>
</context>
<context>
    <name>dense_edits</name>
    <message>
        <source>Only hidden layers change here: the output&apos;s size follows the data</source>
        <translation>这里只能更改隐藏层：输出的大小由数据决定</translation>
    </message>
    <message>
        <source>A layer has at most {most} neurons: this one is full</source>
        <translation>一层最多有 {most} 个神经元：这一层已满</translation>
    </message>
    <message>
        <source>A layer keeps at least one neuron: remove the layer with its − button instead</source>
        <translation>一层至少要保留一个神经元：请改用这一层的 − 按钮删除整层</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>Only one epoch so far.</source>
        <translation>目前只训练了一轮。</translation>
    </message>
    <message>
        <source>Only {n} epochs so far.</source>
        <translation>目前只训练了 {n} 轮。</translation>
    </message>
    <message>
        <source>The doctor reads the curves after {n} epochs: keep training.</source>
        <translation>诊断在 {n} 轮之后才会解读曲线：请继续训练。</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>为时尚早</translation>
    </message>
    <message>
        <source>over a million</source>
        <translation>超过一百万</translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation>约 {n}</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number) at epoch {epoch}.</source>
        <translation>损失在第 {epoch} 轮变成了 NaN（不是数值）。</translation>
    </message>
    <message>
        <source>The validation loss became NaN (not a number) at epoch {epoch}.</source>
        <translation>验证损失在第 {epoch} 轮变成了 NaN（不是数值）。</translation>
    </message>
    <message>
        <source>The loss became infinite at epoch {epoch}.</source>
        <translation>损失在第 {epoch} 轮变成了无穷大。</translation>
    </message>
    <message>
        <source>The validation loss became infinite at epoch {epoch}.</source>
        <translation>验证损失在第 {epoch} 轮变成了无穷大。</translation>
    </message>
    <message>
        <source>It had grown from {low} to {high} before that: the updates overshoot.</source>
        <translation>在此之前它已从 {low} 增长到 {high}：更新的步子太大，冲过了头。</translation>
    </message>
    <message>
        <source>Lower the learning rate ten-fold (from {lr} to {lower}) or clip the gradients (clipnorm 1 in Optimizer settings), then press Reset: the weights are broken now.</source>
        <translation>将学习率降低到十分之一（从 {lr} 降到 {lower}），或裁剪梯度（在“优化器设置”中设 clipnorm 为 1），然后按“重置”：现在的权重已经损坏。</translation>
    </message>
    <message>
        <source>The learning rate is already small: check that the inputs are scaled and the loss fits the data.</source>
        <translation>学习率已经很小：请检查输入是否经过缩放，以及损失函数是否适合这份数据。</translation>
    </message>
    <message>
        <source>The loss blew up</source>
        <translation>损失爆炸</translation>
    </message>
    <message>
        <source>The training loss is {loss}, {times} times the {guessing} that giving every class the same probability would cost.</source>
        <translation>训练损失为 {loss}，是给每个类别相同概率时的损失 {guessing} 的 {times} 倍。</translation>
    </message>
    <message>
        <source>The training loss has risen to {loss}, from {lowest} at its lowest.</source>
        <translation>训练损失已从最低时的 {lowest} 上升到 {loss}。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is too high: each step overshoots the valley of the loss and throws the weights further out.</source>
        <translation>学习率 {lr} 过高：每一步都越过损失的谷底，把权重甩得更远。</translation>
    </message>
    <message>
        <source>What the layers show comes from these steps: {findings}.</source>
        <translation>各层出现的问题都是这样的步长造成的：{findings}。</translation>
    </message>
    <message>
        <source>Lower the learning rate ten-fold (from {lr} to {lower}) and press Reset to start again.</source>
        <translation>将学习率降低到十分之一（从 {lr} 降到 {lower}），然后按“重置”重新开始。</translation>
    </message>
    <message>
        <source>Find…, beside the learning rate, tries a range of rates and suggests one.</source>
        <translation>学习率旁边的“查找…”会尝试一系列学习率，并推荐其中一个。</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>学习率过高</translation>
    </message>
    <message>
        <source>After {n} epochs the training accuracy is {accuracy}, about what guessing gives ({chance}).</source>
        <translation>{n} 轮之后，训练准确率为 {accuracy}，与随机猜测差不多（{chance}）。</translation>
    </message>
    <message>
        <source>After {n} epochs the loss is {loss}, hardly below the first epoch&apos;s {first}.</source>
        <translation>{n} 轮之后，损失为 {loss}，几乎没有低于第一轮的 {first}。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is very small: each step changes the weights too little.</source>
        <translation>学习率 {lr} 非常小：每一步对权重的改变太少。</translation>
    </message>
    <message>
        <source>Raise the learning rate, e.g. to {higher}, or use Adam.</source>
        <translation>提高学习率，例如提高到 {higher}，或改用 Adam。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is large: the loss jumps around instead of going down.</source>
        <translation>学习率 {lr} 较大：损失来回跳动，而不是下降。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is large: the loss stays stuck instead of going down.</source>
        <translation>学习率 {lr} 较大：损失停滞不前，而不是下降。</translation>
    </message>
    <message>
        <source>Lower the learning rate ten-fold (to {lower}) and press Reset.</source>
        <translation>将学习率降低到十分之一（{lower}），然后按“重置”。</translation>
    </message>
    <message>
        <source>Check that the chosen input features can separate the classes, try a learning rate ten times larger or smaller, or switch to Adam.</source>
        <translation>检查所选的输入特征能否区分各类别，试试大十倍或小十倍的学习率，或改用 Adam。</translation>
    </message>
    <message>
        <source>Most ReLU units are dead and pass nothing on (see Dead ReLU units).</source>
        <translation>大多数 ReLU 单元已经死亡，不再向后传递任何信号（见“死亡 ReLU 单元”）。</translation>
    </message>
    <message>
        <source>Bring the dead units back first: use He initialisation with zero biases, LeakyReLU or a lower learning rate.</source>
        <translation>先让死亡单元恢复：使用 He 初始化并将偏置设为零、使用 LeakyReLU，或降低学习率。</translation>
    </message>
    <message>
        <source>The gradient hardly reaches the first layers (see Vanishing gradients).</source>
        <translation>梯度几乎传不到前面几层（见“梯度消失”）。</translation>
    </message>
    <message>
        <source>Let the gradient through first: ReLU activations, Glorot or He initialisation, or fewer layers.</source>
        <translation>先让梯度能传过去：使用 ReLU 激活函数、Glorot 或 He 初始化，或减少层数。</translation>
    </message>
    <message>
        <source>Most hidden units are saturated (see Saturated units).</source>
        <translation>大多数隐藏单元已饱和（见“饱和单元”）。</translation>
    </message>
    <message>
        <source>Not learning</source>
        <translation>没有在学习</translation>
    </message>
    <message>
        <source>Over the last {n} epochs the training loss went up {ups} times and changed by {change} from one epoch to the next (median).</source>
        <translation>在最近 {n} 轮中，训练损失上升了 {ups} 次，每轮之间的变化量为 {change}（中位数）。</translation>
    </message>
    <message>
        <source>The training accuracy jumps by {points} points from epoch to epoch.</source>
        <translation>训练准确率每轮之间跳动 {points} 个百分点。</translation>
    </message>
    <message>
        <source>The steps are too large: they overshoot the valley of the loss.</source>
        <translation>步长太大：越过了损失的谷底。</translation>
    </message>
    <message>
        <source>Lower the learning rate (e.g. to {lower}) or raise the batch size.</source>
        <translation>降低学习率（例如降到 {lower}），或增大批大小。</translation>
    </message>
    <message>
        <source>Oscillating</source>
        <translation>振荡</translation>
    </message>
    <message>
        <source>Training accuracy {accuracy} but validation {validation} at epoch {epoch}.</source>
        <translation>第 {epoch} 轮时，训练准确率为 {accuracy}，验证准确率却只有 {validation}。</translation>
    </message>
    <message>
        <source>The validation loss has risen since epoch {epoch} (from {low} to {now}) while the training loss kept falling.</source>
        <translation>自第 {epoch} 轮起验证损失一直在上升（从 {low} 升到 {now}），而训练损失仍在下降。</translation>
    </message>
    <message>
        <source>The validation loss ({validation}) is {ratio} times the training loss ({training}).</source>
        <translation>验证损失（{validation}）是训练损失（{training}）的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Add Dropout or L2 regularisation, get more data (raise the training fraction or the samples), or shrink the network.</source>
        <translation>添加 Dropout 或 L2 正则化，获取更多数据（提高训练数据占比或样本数），或缩小网络。</translation>
    </message>
    <message>
        <source>Early stopping on the validation loss (patience {patience}) would have stopped at epoch {stop} and kept the weights of epoch {best}.</source>
        <translation>基于验证损失的早停（patience {patience}）本会在第 {stop} 轮停止，并保留第 {best} 轮的权重。</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>过拟合</translation>
    </message>
    <message>
        <source>Training accuracy {accuracy} and validation {validation} at epoch {epoch}, and the training loss has stopped falling.</source>
        <translation>第 {epoch} 轮时，训练准确率为 {accuracy}，验证准确率为 {validation}，并且训练损失已不再下降。</translation>
    </message>
    <message>
        <source>The training loss has stopped falling at {loss}, still {share} of the first epoch&apos;s {first}.</source>
        <translation>训练损失停在 {loss}，不再下降，仍为第一轮 {first} 的 {share}。</translation>
    </message>
    <message>
        <source>The network cannot fit even the training data: it is too simple for it or has stalled.</source>
        <translation>网络连训练数据都拟合不了：对这份数据来说它太简单，或者训练已停滞。</translation>
    </message>
    <message>
        <source>Make the network bigger (more units or layers, a non-linear activation), add input features or train longer.</source>
        <translation>增大网络（更多单元或层、使用非线性激活函数），增加输入特征，或训练更久。</translation>
    </message>
    <message>
        <source>Make the network bigger (more units or layers, a non-linear activation), add input features, train longer or raise the learning rate (now {lr}).</source>
        <translation>增大网络（更多单元或层、使用非线性激活函数），增加输入特征，训练更久，或提高学习率（当前为 {lr}）。</translation>
    </message>
    <message>
        <source>If the data are very noisy, this may be as good as it gets.</source>
        <translation>如果数据噪声很大，这可能已经是能达到的最好结果。</translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation>欠拟合</translation>
    </message>
    <message>
        <source>Training and validation agree: accuracy {training} and {validation} at epoch {epoch}.</source>
        <translation>训练与验证结果一致：第 {epoch} 轮时准确率分别为 {training} 和 {validation}。</translation>
    </message>
    <message>
        <source>Training and validation agree: loss {training} and {validation} at epoch {epoch}.</source>
        <translation>训练与验证结果一致：第 {epoch} 轮时损失分别为 {training} 和 {validation}。</translation>
    </message>
    <message>
        <source>The loss is {loss} at epoch {epoch}.</source>
        <translation>第 {epoch} 轮时损失为 {loss}。</translation>
    </message>
    <message>
        <source>The loss is still falling.</source>
        <translation>损失仍在下降。</translation>
    </message>
    <message>
        <source>The loss has settled.</source>
        <translation>损失已趋于稳定。</translation>
    </message>
    <message>
        <source>Nothing to fix: keep training while the loss falls.</source>
        <translation>无需修正：只要损失还在下降，就继续训练。</translation>
    </message>
    <message>
        <source>Nothing to fix: you can stop here, or try a smaller network to see how little is enough.</source>
        <translation>无需修正：可以到此为止，也可以试试更小的网络，看看多小就够用。</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>{name} ({activation}, {share})</source>
        <translation>{name}（{activation}，{share}）</translation>
    </message>
    <message>
        <source>Most outputs of these layers sit at the flat ends of their activation: {layers}.</source>
        <translation>这些层的大多数输出落在激活函数平坦的两端：{layers}。</translation>
    </message>
    <message>
        <source>There the slope is almost zero, so they learn very slowly.</source>
        <translation>那里的斜率几乎为零，所以学习非常缓慢。</translation>
    </message>
    <message>
        <source>Start from smaller weights (Glorot initialisation), scale the inputs (standardise), or add BatchNormalization before the activation.</source>
        <translation>从较小的权重开始（Glorot 初始化），缩放输入（标准化），或在激活函数之前添加 BatchNormalization。</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}): large steps push the weights far out.</source>
        <translation>降低学习率（当前为 {lr}）：过大的步长会把权重推得很远。</translation>
    </message>
    <message>
        <source>The model fits the training data anyway, so this only matters if it must learn more.</source>
        <translation>模型仍然能拟合训练数据，所以只有在需要学得更多时这才重要。</translation>
    </message>
    <message>
        <source>Saturated units</source>
        <translation>饱和单元</translation>
    </message>
    <message>
        <source>{name} ({dead} of {units} units, {share})</source>
        <translation>{name}（{units} 个单元中的 {dead} 个，{share}）</translation>
    </message>
    <message>
        <source>ReLU units that never output anything positive on the samples are dead: {layers}.</source>
        <translation>在样本上从不输出正值的 ReLU 单元已经死亡：{layers}。</translation>
    </message>
    <message>
        <source>A dead unit passes nothing on and gets no gradient, so it never recovers.</source>
        <translation>死亡单元不向后传递任何信号，也得不到梯度，因此永远无法恢复。</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}), start from He initialisation with zero biases, use LeakyReLU or ELU instead of ReLU, or add BatchNormalization; then press Reset.</source>
        <translation>降低学习率（当前为 {lr}），使用 He 初始化并将偏置设为零，用 LeakyReLU 或 ELU 代替 ReLU，或添加 BatchNormalization；然后按“重置”。</translation>
    </message>
    <message>
        <source>The model fits the training data anyway: the dead units are only wasted capacity.</source>
        <translation>模型仍然能拟合训练数据：死亡单元只是浪费了容量。</translation>
    </message>
    <message>
        <source>Dead ReLU units</source>
        <translation>死亡 ReLU 单元</translation>
    </message>
    <message>
        <source>The gradient at {layer} is {norm}.</source>
        <translation>{layer} 处的梯度为 {norm}。</translation>
    </message>
    <message>
        <source>The first layer ({first}) gets no gradient at all, against {norm} at the last ({last}).</source>
        <translation>第一层（{first}）完全没有梯度，而最后一层（{last}）的梯度为 {norm}。</translation>
    </message>
    <message>
        <source>The gradient at the first layer ({first}, {first_norm}) is {times} times smaller than at the last ({last}, {last_norm}).</source>
        <translation>第一层（{first}，{first_norm}）的梯度比最后一层（{last}，{last_norm}）小了{times}倍。</translation>
    </message>
    <message>
        <source>The gradient at the first layer ({first}, {first_norm}) is {times} times larger than at the last ({last}, {last_norm}).</source>
        <translation>第一层（{first}，{first_norm}）的梯度比最后一层（{last}，{last_norm}）大了{times}倍。</translation>
    </message>
    <message>
        <source>The outputs of the deepest hidden layer ({deepest}) spread only {spread}, against {first_spread} at the first ({first}): the signal fades layer by layer.</source>
        <translation>最深的隐藏层（{deepest}）输出的离散程度只有 {spread}，而第一层（{first}）为 {first_spread}：信号在逐层衰减。</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>The first layers barely learn.</source>
        <translation>前面几层几乎学不到东西。</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers, start from Glorot or He initialisation instead of tiny weights, add BatchNormalization, or use fewer layers.</source>
        <translation>在隐藏层使用 ReLU，用 Glorot 或 He 初始化代替极小的初始权重，添加 BatchNormalization，或减少层数。</translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <source>Such large gradients throw the weights far off with every step.</source>
        <translation>如此大的梯度每一步都会把权重甩得很远。</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}), clip the gradients (clipnorm 1 in Optimizer settings), start from smaller weights (Glorot or He initialisation), or add BatchNormalization.</source>
        <translation>降低学习率（当前为 {lr}），裁剪梯度（在“优化器设置”中设 clipnorm 为 1），从较小的权重开始（Glorot 或 He 初始化），或添加 BatchNormalization。</translation>
    </message>
</context>
<context>
    <name>download_dialog</name>
    <message>
        <source>{0} weights</source>
        <translation>{0} 权重</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>正在准备 {0}…</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>下载 {0}</translation>
    </message>
    <message>
        <source>Could not prepare {0}: {1}</source>
        <translation>无法准备 {0}：{1}</translation>
    </message>
    <message>
        <source>Downloading {name}… {done} MB</source>
        <translation>正在下载 {name}… {done} MB</translation>
    </message>
    <message>
        <source>Downloading {name}… {done} of {total} MB</source>
        <translation>正在下载 {name}… {done} / {total} MB</translation>
    </message>
    <message>
        <source>Cancelling {0}…</source>
        <translation>正在取消 {0}…</translation>
    </message>
</context>
<context>
    <name>edits</name>
    <message>
        <source>Change data</source>
        <translation>更改数据</translation>
    </message>
    <message>
        <source>Change callbacks</source>
        <translation>更改回调函数</translation>
    </message>
    <message>
        <source>Change class weights</source>
        <translation>更改类别权重</translation>
    </message>
    <message>
        <source>Change learning rate</source>
        <translation>更改学习率</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>更改学习率调度</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>更改验证方式</translation>
    </message>
    <message>
        <source>Change optimizer</source>
        <translation>更改优化器</translation>
    </message>
    <message>
        <source>Change momentum</source>
        <translation>更改动量</translation>
    </message>
    <message>
        <source>Choose input features</source>
        <translation>选择输入特征</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新生成数据</translation>
    </message>
    <message>
        <source>Show or hide controls</source>
        <translation>显示或隐藏控件</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>更改{0}</translation>
    </message>
    <message>
        <source>Change {0} settings</source>
        <translation>更改 {0} 设置</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>Circle</source>
        <translation>圆形</translation>
    </message>
    <message>
        <source>Two Gaussians, overfitted</source>
        <translation>双高斯，过拟合</translation>
    </message>
    <message>
        <source>Multi-Gaussian regression</source>
        <translation>多高斯回归</translation>
    </message>
    <message>
        <source>Spiral, deep network</source>
        <translation>螺旋，深层网络</translation>
    </message>
    <message>
        <source>Exclusive or with one feature</source>
        <translation>只用一个特征的异或</translation>
    </message>
</context>
<context>
    <name>experiment</name>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;, got {got}</source>
        <translation>必须是 &quot;{format}&quot;，收到的是 {got}</translation>
    </message>
    <message>
        <source>this playground reads version {version}, got {got}</source>
        <translation>本游乐场读取的是版本 {version}，收到的是 {got}</translation>
    </message>
    <message>
        <source>{wrong} is not a control; the controls: {controls}</source>
        <translation>{wrong} 不是控件；可用的控件：{controls}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0, got {got}</source>
        <translation>必须是 ≥ 0 的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be at most {most}, got {got}</source>
        <translation>必须不大于 {most}，收到的是 {got}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} cannot be read): save it again as UTF-8</source>
        <translation>不是 UTF-8 文本（第 {byte} 个字节无法读取）：请另存为 UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <source>holds a number with more than {digits} digits; no setting takes such a number</source>
        <translation>含有超过 {digits} 位的数字；没有任何设置接受这么大的数</translation>
    </message>
    <message>
        <source>is nested deeper than {levels} levels of lists and objects; no playground file is: it is damaged or not a playground file</source>
        <translation>列表和对象嵌套超过 {levels} 层；游乐场的文件不会这样：文件已损坏，或不是游乐场文件</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; a file of this kind holds at most {most:g} MB</source>
        <translation>大小为 {size:.0f} MB；这类文件最多 {most:g} MB</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>must be the path of a .keras file or null, got {got}</source>
        <translation>必须是一个 .keras 文件的路径或 null，收到的是 {got}</translation>
    </message>
    <message>
        <source>an Input cannot be an output: add the layers that turn it into a prediction after it</source>
        <translation>Input 不能作为输出：请在它后面添加能把它变成预测结果的层</translation>
    </message>
    <message>
        <source>its loss {loss} does not fit {problem} targets: choose {losses}</source>
        <translation>其损失函数 {loss} 不适合 {problem} 目标：请选择 {losses}</translation>
    </message>
    <message>
        <source>outputs {shape} but the inputs it rebuilds are {want}: end with Reshape to {want}</source>
        <translation>输出为 {shape}，但它要重建的输入是 {want}：请在最后用 Reshape 转为 {want}</translation>
    </message>
    <message>
        <source>outputs {shape} but the inputs it rebuilds are {want} ({n} values): end with Dense({n}) and Reshape to {want}</source>
        <translation>输出为 {shape}，但它要重建的输入是 {want}（{n} 个值）：请在最后使用 Dense({n}) 并用 Reshape 转为 {want}</translation>
    </message>
    <message>
        <source>turn return_sequences off on the last recurrent layer, or add GlobalAveragePooling1D</source>
        <translation>请在最后一个循环层上关闭 return_sequences，或添加 GlobalAveragePooling1D</translation>
    </message>
    <message>
        <source>add Flatten or GlobalAveragePooling2D and a Dense layer</source>
        <translation>请添加 Flatten 或 GlobalAveragePooling2D，再加一个 Dense 层</translation>
    </message>
    <message>
        <source>outputs {shape} but the model must give {n} value(s) per sample: {fix}</source>
        <translation>输出为 {shape}，但模型对每个样本必须给出 {n} 个值：{fix}</translation>
    </message>
    <message>
        <source>the last layer has {units} unit(s) but the data has {classes} classes: set its units to {classes} (softmax gives one probability per class)</source>
        <translation>最后一层有 {units} 个单元，但数据有 {classes} 个类别：请把它的 units 设为 {classes}（softmax 为每个类别给出一个概率）</translation>
    </message>
    <message>
        <source>this output has {units} unit(s) but the data has {classes} classes: set its units to {classes} (softmax gives one probability per class)</source>
        <translation>这个输出有 {units} 个单元，但数据有 {classes} 个类别：请把它的 units 设为 {classes}（softmax 为每个类别给出一个概率）</translation>
    </message>
    <message>
        <source>the last layer has {units} units but this {problem} data has one target: set it to 1</source>
        <translation>最后一层有 {units} 个单元，但这份 {problem} 数据只有一个目标：请把它设为 1</translation>
    </message>
    <message>
        <source>this output has {units} units but this {problem} data has one target: set it to 1</source>
        <translation>这个输出有 {units} 个单元，但这份 {problem} 数据只有一个目标：请把它设为 1</translation>
    </message>
    <message>
        <source>softmax over one unit always outputs 1: use sigmoid for two classes</source>
        <translation>只有一个单元时 softmax 的输出总是 1：两个类别请使用 sigmoid</translation>
    </message>
    <message>
        <source>binary_crossentropy needs a probability: set the last activation to sigmoid (it is {act})</source>
        <translation>binary_crossentropy 需要一个概率：请把最后一层的激活函数设为 sigmoid（当前为 {act}）</translation>
    </message>
    <message>
        <source>binary_crossentropy needs a probability: set this output&apos;s activation to sigmoid (it is {act})</source>
        <translation>binary_crossentropy 需要一个概率：请把这个输出的激活函数设为 sigmoid（当前为 {act}）</translation>
    </message>
    <message>
        <source>{loss} needs probabilities that sum to 1: set the last activation to softmax (it is {act})</source>
        <translation>{loss} 需要总和为 1 的概率：请把最后一层的激活函数设为 softmax（当前为 {act}）</translation>
    </message>
    <message>
        <source>{loss} needs probabilities that sum to 1: set this output&apos;s activation to softmax (it is {act})</source>
        <translation>{loss} 需要总和为 1 的概率：请把这个输出的激活函数设为 softmax（当前为 {act}）</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose one of {known}</source>
        <translation>未知的数据集 {name}；请从 {known} 中选择一个</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {got}</source>
        <translation>必须是 {low} 到 {high} 之间的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a fraction from 0 to {high}, got {got}</source>
        <translation>必须是 0 到 {high} 之间的比例，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} (10 %–90 % for training), got {got}</source>
        <translation>必须在 {low} 到 {high} 之间（训练数据占 10 %–90 %），收到的是 {got}</translation>
    </message>
    <message>
        <source>must look like {&quot;kind&quot;: &quot;drawn&quot;, &quot;problem&quot;: &quot;classification&quot;, &quot;points&quot;: [[1, 2, 0]]}</source>
        <translation>格式应类似 {&quot;kind&quot;: &quot;drawn&quot;, &quot;problem&quot;: &quot;classification&quot;, &quot;points&quot;: [[1, 2, 0]]}</translation>
    </message>
    <message>
        <source>drawn data must say &quot;kind&quot;: &quot;drawn&quot;, got {got}</source>
        <translation>手绘数据必须写明 &quot;kind&quot;: &quot;drawn&quot;，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {got}</source>
        <translation>必须是 {choices} 之一，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list of points [x1, x2, label], got {got}</source>
        <translation>必须是由点 [x1, x2, label] 组成的列表，收到的是 {got}</translation>
    </message>
    <message>
        <source>holds {n} points; a drawing keeps at most {most}: erase some</source>
        <translation>有 {n} 个点；手绘数据最多保留 {most} 个：请擦除一些</translation>
    </message>
    <message>
        <source>only a &quot;multiclass&quot; drawing says how many classes it has</source>
        <translation>只有 &quot;multiclass&quot; 手绘数据才能指定类别数</translation>
    </message>
    <message>
        <source>a multiclass drawing has {low} to {high} classes, got {got}</source>
        <translation>multiclass 手绘数据应有 {low} 到 {high} 个类别，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be three numbers [x1, x2, label], got {got}</source>
        <translation>必须是三个数 [x1, x2, label]，收到的是 {got}</translation>
    </message>
    <message>
        <source>lies outside the plane: x1 and x2 must be from {low} to {high}, got {got}</source>
        <translation>位于平面之外：x1 和 x2 必须在 {low} 到 {high} 之间，收到的是 {got}</translation>
    </message>
    <message>
        <source>a class must be 0 or 1, got {got}</source>
        <translation>类别必须是 0 或 1，收到的是 {got}</translation>
    </message>
    <message>
        <source>a class must be a whole number from 0 to {last}, got {got}</source>
        <translation>类别必须是 0 到 {last} 之间的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>a value must be from -1 to 1, got {got}</source>
        <translation>数值必须在 -1 到 1 之间，收到的是 {got}</translation>
    </message>
    <message>
        <source>rebuilding the inputs (an autoencoder) needs images or sequences: {names}</source>
        <translation>重建输入（自编码器）需要图像或序列数据：{names}</translation>
    </message>
    <message>
        <source>choose at least one input feature from {names}</source>
        <translation>请从 {names} 中至少选择一个输入特征</translation>
    </message>
    <message>
        <source>unknown feature {name}; choose from {names}</source>
        <translation>未知的特征 {name}；请从 {names} 中选择</translation>
    </message>
    <message>
        <source>lists a feature twice</source>
        <translation>同一个特征列出了两次</translation>
    </message>
    <message>
        <source>describes an imported file, but the dataset is {name}: set name &quot;file&quot;</source>
        <translation>描述的是一个导入的文件，但数据集是 {name}：请把 name 设为 &quot;file&quot;</translation>
    </message>
    <message>
        <source>a bag of words is for text data: choose sequence</source>
        <translation>词袋只适用于文本数据：请选择 sequence</translation>
    </message>
    <message>
        <source>{samples} texts × {words} words as a bag of words take {megabytes:.0f} MB: use at most {most} samples, or word numbers</source>
        <translation>{samples} 条文本 × {words} 个词的词袋要占用 {megabytes:.0f} MB：请最多使用 {most} 个样本，或改用词编号</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>必须是 true 或 false，收到的是 {got}</translation>
    </message>
    <message>
        <source>weighs classes, but this is {problem}: choose none</source>
        <translation>设置了类别权重，但这是 {problem} 问题：请选择 none</translation>
    </message>
    <message>
        <source>must look like {&quot;kind&quot;: &quot;csv&quot;, &quot;path&quot;: &quot;table.csv&quot;, &quot;target&quot;: &quot;y&quot;}</source>
        <translation>格式应类似 {&quot;kind&quot;: &quot;csv&quot;, &quot;path&quot;: &quot;table.csv&quot;, &quot;target&quot;: &quot;y&quot;}</translation>
    </message>
    <message>
        <source>must name the imported file or folder</source>
        <translation>必须指明导入的文件或文件夹</translation>
    </message>
    <message>
        <source>must be classification, multiclass or regression, got {got}</source>
        <translation>必须是 classification、multiclass 或 regression，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list of class names</source>
        <translation>必须是由类别名称组成的列表</translation>
    </message>
    <message>
        <source>{problem} data cannot have {n} classes</source>
        <translation>{problem} 数据不能有 {n} 个类别</translation>
    </message>
    <message>
        <source>must list 1 to 3 sizes above 0, got {got}</source>
        <translation>必须列出 1 到 3 个大于 0 的尺寸，收到的是 {got}</translation>
    </message>
    <message>
        <source>must list at least the output layer</source>
        <translation>至少必须列出输出层</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;Dense&quot;, &quot;config&quot;: {...}}</source>
        <translation>格式应类似 {&quot;class_name&quot;: &quot;Dense&quot;, &quot;config&quot;: {...}}</translation>
    </message>
    <message>
        <source>{name} is not available; use one of {choices}</source>
        <translation>{name} 不可用；请使用 {choices} 之一</translation>
    </message>
    <message>
        <source>an Input takes no inputs and is not an output: connect layers after it</source>
        <translation>Input 不接收任何输入，也不是输出：请在它后面连接层</translation>
    </message>
    <message>
        <source>must be a list of layer names, e.g. [&quot;conv2d_1&quot;, &quot;input&quot;]</source>
        <translation>必须是由层名称组成的列表，例如 [&quot;conv2d_1&quot;, &quot;input&quot;]</translation>
    </message>
    <message>
        <source>must look like {&quot;target&quot;: &quot;labels&quot;, &quot;loss&quot;: &quot;mse&quot;, &quot;loss_weight&quot;: 1.0}</source>
        <translation>格式应类似 {&quot;target&quot;: &quot;labels&quot;, &quot;loss&quot;: &quot;mse&quot;, &quot;loss_weight&quot;: 1.0}</translation>
    </message>
    <message>
        <source>unknown loss {loss}; choose from {choices}</source>
        <translation>未知的损失函数 {loss}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>must be a number from 0 to {high:g}, got {got}</source>
        <translation>必须是 0 到 {high:g} 之间的数，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list chosen from {choices}, got {got}</source>
        <translation>必须是从 {choices} 中选出的列表，收到的是 {got}</translation>
    </message>
    <message>
        <source>must map layer names to lists of units, like {example}; got {got}</source>
        <translation>必须把层名称映射到单元列表，例如 {example}；收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list of unit numbers from 0 to {most}, got {got}</source>
        <translation>必须是由 0 到 {most} 之间的单元编号组成的列表，收到的是 {got}</translation>
    </message>
    <message>
        <source>{loss} does not fit {problem} data; choose from {choices}</source>
        <translation>{loss} 不适合 {problem} 数据；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;SGD&quot;, &quot;config&quot;: {&quot;learning_rate&quot;: 0.03}}</source>
        <translation>格式应类似 {&quot;class_name&quot;: &quot;SGD&quot;, &quot;config&quot;: {&quot;learning_rate&quot;: 0.03}}</translation>
    </message>
    <message>
        <source>must be a number above 0 (at most 100), got {got}</source>
        <translation>必须是大于 0 的数（不超过 100），收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got {got}</source>
        <translation>必须是 ≥ 1 的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>is {batch_size} but there are only {n} training samples: lower the batch size or use more data</source>
        <translation>为 {batch_size}，但只有 {n} 个训练样本：请减小批大小或使用更多数据</translation>
    </message>
    <message>
        <source>must be a list chosen from {choices}</source>
        <translation>必须是从 {choices} 中选出的列表</translation>
    </message>
    <message>
        <source>unknown metric {metric}; choose from {choices}</source>
        <translation>未知的指标 {metric}；请从 {choices} 中选择</translation>
    </message>
    <message>
        <source>ReduceLROnPlateau sets the learning rate itself and Keras cannot combine it with a schedule: choose the schedule or the callback</source>
        <translation>ReduceLROnPlateau 会自行设置学习率，Keras 无法将它与学习率调度同时使用：请在调度和该回调之间二选一</translation>
    </message>
    <message>
        <source>must be {&quot;method&quot;: &quot;holdout&quot;} or {&quot;method&quot;: &quot;kfold&quot;, &quot;k&quot;: 5, &quot;repeats&quot;: 1}</source>
        <translation>必须是 {&quot;method&quot;: &quot;holdout&quot;} 或 {&quot;method&quot;: &quot;kfold&quot;, &quot;k&quot;: 5, &quot;repeats&quot;: 1}</translation>
    </message>
    <message>
        <source>is not a known field; allowed here: {allowed}</source>
        <translation>不是已知的字段；这里允许的字段：{allowed}</translation>
    </message>
</context>
<context>
    <name>export_script</name>
    <message>
        <source>the data were imported from a file, so the script needs the prepared arrays in an .npz beside it: give the path to write them to (on the command line: --data FILE.npz)</source>
        <translation>数据是从文件导入的，所以脚本需要把预处理好的数组放在它旁边的一个 .npz 文件中：请给出写入这些数组的路径（命令行中为 --data FILE.npz）</translation>
    </message>
    <message>
        <source>{name}: a Pretrained layer (an ImageNet base with the playground&apos;s cached weights and pixel preprocessing) cannot be exported to a script: train it in the playground, or replace it with your own layers</source>
        <translation>{name}：Pretrained 层（一个使用游乐场缓存权重和像素预处理的 ImageNet 卷积基）无法导出为脚本：请在游乐场中训练它，或改用你自己的层</translation>
    </message>
    <message>
        <source>the model starts from an imported .keras file&apos;s trained weights, which a script does not carry: export the model itself (File → Export → Keras model) to take them along</source>
        <translation>模型从一个导入的 .keras 文件的已训练权重开始，而脚本无法携带这些权重：请导出模型本身（文件 → 导出 → Keras 模型）以便一并带走权重</translation>
    </message>
    <message>
        <source>K-fold validation trains several models; a script trains one on the train/test split: set the method to &quot;holdout&quot; to export</source>
        <translation>K 折验证会训练多个模型；而脚本只在训练/测试划分上训练一个模型：请把 method 设为 &quot;holdout&quot; 后再导出</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>The disk is full: could not write {file}. Free some space and save again.</source>
        <translation>磁盘已满：无法写入 {file}。请腾出空间后再保存。</translation>
    </message>
    <message>
        <source>{file} is in a folder that cannot be written (read-only). Choose another folder.</source>
        <translation>{file} 所在的文件夹不可写（只读）。请选择另一个文件夹。</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Check the folder and save again.</source>
        <translation>无法写入 {file}：{reason}。请检查文件夹后再保存。</translation>
    </message>
</context>
<context>
    <name>filter_patterns</name>
    <message>
        <source>The model has no layer named {name!r}.</source>
        <translation>模型中没有名为 {name!r} 的层。</translation>
    </message>
    <message>
        <source>{name!r} is a {kind} layer, not a Conv2D: only convolution filters have patterns.</source>
        <translation>{name!r} 是 {kind} 层，不是 Conv2D：只能为卷积过滤器生成模式图。</translation>
    </message>
</context>
<context>
    <name>image_import</name>
    <message>
        <source>{folder} is not a folder: choose the folder that holds one sub-folder per class</source>
        <translation>{folder} 不是文件夹：请选择每个类别各有一个子文件夹的那个文件夹</translation>
    </message>
    <message>
        <source>{folder} needs one sub-folder per class, at least two (e.g. cats/ and dogs/); found {n} (it holds {loose} images directly: put them in one sub-folder per class)</source>
        <translation>{folder} 需要每个类别一个子文件夹，至少两个（例如 cats/ 和 dogs/）；找到了 {n} 个（它直接包含 {loose} 张图像：请把它们按类别放进各自的子文件夹）</translation>
    </message>
    <message>
        <source>{folder} needs one sub-folder per class, at least two (e.g. cats/ and dogs/); found {n}</source>
        <translation>{folder} 需要每个类别一个子文件夹，至少两个（例如 cats/ 和 dogs/）；找到了 {n} 个</translation>
    </message>
    <message>
        <source>{folder} has {n} sub-folders: at most {most} classes</source>
        <translation>{folder} 有 {n} 个子文件夹：最多只能有 {most} 个类别</translation>
    </message>
    <message>
        <source>{path} holds no images ({kinds}, …)</source>
        <translation>{path} 中没有图像（{kinds}，…）</translation>
    </message>
    <message>
        <source>{folder} holds {total} images: at most {most}; use a sample of them</source>
        <translation>{folder} 中有 {total} 张图像：最多 {most} 张；请只取其中一部分</translation>
    </message>
    <message>
        <source>image size must be one of {sizes}, not {size!r}</source>
        <translation>图像尺寸必须是 {sizes} 之一，而不是 {size!r}</translation>
    </message>
    <message>
        <source>colour must be auto, grey or rgb, not {color!r}</source>
        <translation>颜色必须是 auto、grey 或 rgb，而不是 {color!r}</translation>
    </message>
    <message>
        <source>{total} images of {size}×{size} take {megabytes:.0f} MB: choose {smaller}×{smaller} or smaller, grey, or fewer images</source>
        <translation>{total} 张 {size}×{size} 的图像要占用 {megabytes:.0f} MB：请选择 {smaller}×{smaller} 或更小的尺寸、灰度，或者减少图像数量</translation>
    </message>
    <message>
        <source>{file} in {folder} is not a picture (PNG, JPEG, BMP, GIF…): remove it from the folder</source>
        <translation>{folder} 中的 {file} 不是图片（PNG、JPEG、BMP、GIF…）：请把它移出文件夹</translation>
    </message>
    <message>
        <source>{file} in {folder} cannot be read as an image: {reason}</source>
        <translation>{folder} 中的 {file} 无法作为图像读取：{reason}</translation>
    </message>
    <message>
        <source>{file} in {folder} is {width}×{height} pixels; pictures of up to {most} million pixels are read: make it smaller or leave it out</source>
        <translation>{folder} 中的 {file} 有 {width}×{height} 像素；只读取不超过 {most} 百万像素的图片：请缩小它或把它移出文件夹</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Folder with one sub-folder of images per class</source>
        <translation>包含图像子文件夹（每个类别一个）的文件夹</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt)</source>
        <translation>CSV 表格 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 数组 (*.npz)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <source>%s could not be read: %s</source>
        <translation>无法读取 %s：%s</translation>
    </message>
</context>
<context>
    <name>imported</name>
    <message>
        <source>fill with the column&apos;s mean (text: most frequent)</source>
        <translation>用该列的均值填充（文本：用最常见的值）</translation>
    </message>
    <message>
        <source>fill with the column&apos;s median (text: most frequent)</source>
        <translation>用该列的中位数填充（文本：用最常见的值）</translation>
    </message>
    <message>
        <source>fill with the most frequent value</source>
        <translation>用最常见的值填充</translation>
    </message>
    <message>
        <source>leave out rows with a gap</source>
        <translation>舍弃有缺失值的行</translation>
    </message>
    <message>
        <source>{n} row(s) without a {target} value left out (first: row {row})</source>
        <translation>已舍弃 {n} 行缺少 {target} 值的数据（第一个：第 {row} 行）</translation>
    </message>
    <message>
        <source>left out {columns}: over {n} different texts, a name rather than a category</source>
        <translation>已舍弃 {columns}：不同的文本超过 {n} 种，更像名称而不是类别</translation>
    </message>
    <message>
        <source>{n} row(s) with a gap left out</source>
        <translation>已舍弃 {n} 行有缺失值的数据</translation>
    </message>
    <message>
        <source>gaps filled ({how}): {columns}</source>
        <translation>已填充缺失值（{how}）：{columns}</translation>
    </message>
    <message>
        <source>unknown kind of file {kind!r}: choose one of {kinds}</source>
        <translation>未知的文件类型 {kind!r}：请选择 {kinds} 之一</translation>
    </message>
    <message>
        <source>no file chosen: choose Import… in the Data panel</source>
        <translation>尚未选择文件：请在“数据”面板中选择“导入自己的数据…”</translation>
    </message>
    <message>
        <source>{path} is not there any more: import the data again from where it is now</source>
        <translation>{path} 已不在原处：请从它现在所在的位置重新导入数据</translation>
    </message>
    <message>
        <source>{what} has only one class ({label}): a classifier needs two</source>
        <translation>{what} 只有一个类别（{label}）：分类器至少需要两个</translation>
    </message>
    <message>
        <source>{what} has {n} different values: classification takes at most {most} classes; choose regression, or another target</source>
        <translation>{what} 有 {n} 个不同的值：分类最多只能有 {most} 个类别；请选择回归，或选择其他目标</translation>
    </message>
    <message>
        <source>{name} holds {dtype} values; sample weights must be numbers</source>
        <translation>{name} 中存放的是 {dtype} 值；样本权重必须是数值</translation>
    </message>
    <message>
        <source>{name} has shape {shape}; give one weight per sample: {n} numbers in a 1-D array</source>
        <translation>{name} 的形状为 {shape}；请为每个样本给出一个权重：一维数组中的 {n} 个数</translation>
    </message>
    <message>
        <source>{name} is missing or infinite at sample {first}: give every sample a finite weight</source>
        <translation>{name} 在样本 {first} 处缺失或为无穷大：请为每个样本给出有限的权重</translation>
    </message>
    <message>
        <source>{name} is negative at sample {first} ({weight:g}): weights must be 0 or more</source>
        <translation>{name} 在样本 {first} 处为负数（{weight:g}）：权重必须大于或等于 0</translation>
    </message>
    <message>
        <source>{name} is 0 for every sample, so nothing would be learned: give some samples a weight</source>
        <translation>{name} 对每个样本都是 0，因此什么也学不到：请给一些样本设置权重</translation>
    </message>
    <message>
        <source>sample_weight: weights {low} to {high} used in training (Keras&apos;s sample_weight)</source>
        <translation>sample_weight：训练时使用 {low} 到 {high} 的权重（Keras 的 sample_weight）</translation>
    </message>
    <message>
        <source>{path} changed since it was imported: classes {before} became {after}. Import it again.</source>
        <translation>{path} 在导入后发生了变化：类别 {before} 变成了 {after}。请重新导入。</translation>
    </message>
    <message>
        <source>{path} changed since it was imported: inputs {before} became {after}. Import it again.</source>
        <translation>{path} 在导入后发生了变化：输入 {before} 变成了 {after}。请重新导入。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>x_train and x_test pooled ({train} + {test}); the split is made here</source>
        <translation>已合并 x_train 和 x_test（{train} + {test}）；在这里重新划分</translation>
    </message>
    <message>
        <source>x is one number per sample: read as a table with one column</source>
        <translation>x 每个样本只有一个数：按单列表格读取</translation>
    </message>
    <message>
        <source>x {shape} read as {height}×{width} grey images</source>
        <translation>x {shape} 按 {height}×{width} 的灰度图像读取</translation>
    </message>
    <message>
        <source>x {shape} read as sequences of {steps} steps × {features} features</source>
        <translation>x {shape} 按 {steps} 步 × {features} 个特征的序列读取</translation>
    </message>
    <message>
        <source>pixels 0–255 scaled to [0, 1]</source>
        <translation>像素值 0–255 已缩放到 [0, 1]</translation>
    </message>
    <message>
        <source>one-hot y read as class numbers</source>
        <translation>one-hot 形式的 y 已读取为类别编号</translation>
    </message>
    <message>
        <source>{n} images resized to {size}×{size}, grey: {counts}</source>
        <translation>{n} 张图像已缩放为 {size}×{size}，灰度：{counts}</translation>
    </message>
    <message>
        <source>{n} images resized to {size}×{size}, colour: {counts}</source>
        <translation>{n} 张图像已缩放为 {size}×{size}，彩色：{counts}</translation>
    </message>
</context>
<context>
    <name>keras_download</name>
    <message>
        <source>Could not read {title} from {files}: {reason}. Delete the file(s) and choose the set again under Keras book datasets.</source>
        <translation>无法从 {files} 读取 {title}：{reason}。请删除这些文件，然后在“Keras 教材数据集”中重新选择该数据集。</translation>
    </message>
    <message>
        <source>Keras keeps its datasets in {theirs} but the playground looked in {ours}: set KERAS_HOME before starting the playground, not while it runs.</source>
        <translation>Keras 把数据集存放在 {theirs}，但游乐场查找的是 {ours}：请在启动游乐场之前设置 KERAS_HOME，而不是在运行期间设置。</translation>
    </message>
    <message>
        <source>the connection closed after {got:,} of {length:,} bytes</source>
        <translation>连接在收到 {length:,} 字节中的 {got:,} 字节后中断</translation>
    </message>
    <message>
        <source>the file arrived damaged (its checksum is wrong)</source>
        <translation>文件下载后已损坏（校验和不正确）</translation>
    </message>
    <message>
        <source>Could not download {title} ({size}) from {host}: {reason}. Check the internet connection and try again, or {hint}.</source>
        <translation>无法从 {host} 下载 {title}（{size}）：{reason}。请检查网络连接后重试，或者{hint}。</translation>
    </message>
</context>
<context>
    <name>keras_io</name>
    <message>
        <source>could not write {path}: {error}</source>
        <translation>无法写入 {path}：{error}</translation>
    </message>
    <message>
        <source>{file}: none of its layers has the name and weight shapes of a layer here (layers renamed or resized since the import?): untick “start from its weights” or import it again</source>
        <translation>{file}：其中没有任何层与这里某个层的名称和权重形状都相同（导入后层被重命名或改了大小？）：请取消勾选“从其权重开始”，或重新导入</translation>
    </message>
    <message>
        <source>{path} does not exist (moved or deleted?)</source>
        <translation>{path} 不存在（已被移动或删除？）</translation>
    </message>
    <message>
        <source>it is not a Keras .keras file (not a zip archive)</source>
        <translation>它不是 Keras 的 .keras 文件（不是 zip 压缩包）</translation>
    </message>
    <message>
        <source>it holds {n} files; a .keras file holds a few</source>
        <translation>它包含 {n} 个文件；.keras 文件只含几个</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {most} a model may take</source>
        <translation>解压后会有 {size}，超过模型允许的 {most}</translation>
    </message>
    <message>
        <source>it has no config.json: not a Keras model</source>
        <translation>它没有 config.json：不是 Keras 模型</translation>
    </message>
    <message>
        <source>its config.json is larger than {most} MB</source>
        <translation>它的 config.json 大于 {most} MB</translation>
    </message>
    <message>
        <source>its zip archive is damaged: {error}</source>
        <translation>它的 zip 压缩包已损坏：{error}</translation>
    </message>
    <message>
        <source>its config.json {problem}</source>
        <translation>它的 config.json {problem}</translation>
    </message>
    <message>
        <source>its config.json does not describe a model</source>
        <translation>它的 config.json 描述的不是模型</translation>
    </message>
    <message>
        <source>it has {n} layers; the playground builds at most {most}</source>
        <translation>它有 {n} 层；游乐场最多构建 {most} 层</translation>
    </message>
    <message>
        <source>its model {problem}</source>
        <translation>它的模型{problem}</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind}: it contains code, which the playground does not run</source>
        <translation>层 {name!r} 是 {kind}：它包含代码，游乐场不会运行</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind} without {key}: the file is damaged</source>
        <translation>层 {name!r} 是没有 {key} 的 {kind}：文件已损坏</translation>
    </message>
    <message>
        <source>layer {name!r} has {key} = {value}; a layer takes a whole number from 1 to {most}</source>
        <translation>层 {name!r} 的 {key} = {value}；层只接受 1 到 {most} 的整数</translation>
    </message>
    <message>
        <source>it contains code (a Lambda layer or custom object), which the playground does not run</source>
        <translation>它包含代码（Lambda 层或自定义对象），游乐场不会运行这些代码</translation>
    </message>
    <message>
        <source>{file} cannot be read as a Keras model: {reason}</source>
        <translation>{file} 无法作为 Keras 模型读取：{reason}</translation>
    </message>
    <message>
        <source>it uses {name}, which is not one of Keras&apos;s own layers or objects (custom code, or a newer Keras): the playground reads models made of Keras&apos;s own layers</source>
        <translation>它使用了 {name}，这不是 Keras 自带的层或对象（自定义代码，或更新版本的 Keras）：本游乐场读取的是由 Keras 自带的层构成的模型</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind}, which the editor does not offer</source>
        <translation>层 {name!r} 是 {kind}，编辑器中没有提供这种层</translation>
    </message>
    <message>
        <source>{name}: takes {n} value(s); on plane data it gets {features}</source>
        <translation>{name}：接收 {n} 个值；在平面数据上它得到的是 {features}</translation>
    </message>
    <message>
        <source>{name}: takes {shape}; here every extra input takes the whole sample, as the first does</source>
        <translation>{name}：接收 {shape}；这里每个额外的输入都与第一个输入一样接收整个样本</translation>
    </message>
    <message>
        <source>{name}: one more output, learning the {target}; its Properties can change that</source>
        <translation>{name}：模型的另一个输出，学习 {target}；可以在它的“属性”中更改</translation>
    </message>
    <message>
        <source>{name}: {key} = {value!r} has no control in the editor; left out</source>
        <translation>{name}：{key} = {value!r} 在编辑器中没有对应的控件；已忽略</translation>
    </message>
</context>
<context>
    <name>keras_sets</name>
    <message>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <source>Fashion-MNIST</source>
        <translation>Fashion-MNIST</translation>
    </message>
    <message>
        <source>CIFAR-10</source>
        <translation>CIFAR-10</translation>
    </message>
    <message>
        <source>IMDB</source>
        <translation>IMDB</translation>
    </message>
    <message>
        <source>Reuters</source>
        <translation>Reuters</translation>
    </message>
    <message>
        <source>Boston housing</source>
        <translation>波士顿房价</translation>
    </message>
    <message>
        <source>MNIST: 70,000 28×28 handwritten digits, 10 classes</source>
        <translation>MNIST：70,000 张 28×28 手写数字图像，10 个类别</translation>
    </message>
    <message>
        <source>Fashion-MNIST: 70,000 28×28 clothing images, 10 classes</source>
        <translation>Fashion-MNIST：70,000 张 28×28 服饰图像，10 个类别</translation>
    </message>
    <message>
        <source>CIFAR-10: 60,000 32×32 colour photos, 10 classes</source>
        <translation>CIFAR-10：60,000 张 32×32 彩色照片，10 个类别</translation>
    </message>
    <message>
        <source>IMDB: 50,000 movie reviews, positive or negative</source>
        <translation>IMDB：50,000 条电影评论，正面或负面</translation>
    </message>
    <message>
        <source>Reuters: 11,228 newswires, 46 topics</source>
        <translation>Reuters：11,228 条路透社新闻，46 个主题</translation>
    </message>
    <message>
        <source>Boston housing: 506 districts, 13 features, median house price</source>
        <translation>波士顿房价：506 个地区，13 个特征，房价中位数</translation>
    </message>
    <message>
        <source>copy {files} into {where}</source>
        <translation>将 {files} 复制到 {where}</translation>
    </message>
    <message>
        <source>copy {file} into {where} and rename it {name}</source>
        <translation>将 {file} 复制到 {where}，并重命名为 {name}</translation>
    </message>
    <message>
        <source>unknown Keras dataset {name!r}; known: {known}</source>
        <translation>未知的 Keras 数据集 {name!r}；已知的有：{known}</translation>
    </message>
    <message>
        <source>x is {dtype} {shape}, expected {expected} (n, {dims})</source>
        <translation>x 为 {dtype} {shape}，应为 {expected} (n, {dims})</translation>
    </message>
    <message>
        <source>y is {dtype} {shape}, expected {expected} ({n},)</source>
        <translation>y 为 {dtype} {shape}，应为 {expected} ({n},)</translation>
    </message>
    <message>
        <source>it holds no samples</source>
        <translation>其中没有任何样本</translation>
    </message>
    <message>
        <source>labels outside 0..{last}</source>
        <translation>标签超出 0..{last} 范围</translation>
    </message>
    <message>
        <source>word ids outside 0..{last}</source>
        <translation>词编号超出 0..{last} 范围</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>{title} is not on this computer yet: choose it under Keras book datasets in the Data panel to download it (about {size}), or {hint} and choose it there (it then needs no internet).</source>
        <translation>{title} 尚未下载到本机：请在“数据”面板的“Keras 教材数据集”中选择它进行下载（约 {size}），或者{hint}，然后在那里选择它（这样就不需要联网）。</translation>
    </message>
    <message>
        <source>The prepared file {path} is damaged ({reason}): delete it and choose the set again under Keras book datasets to download it.</source>
        <translation>准备好的文件 {path} 已损坏（{reason}）：请删除它，然后在“Keras 教材数据集”中重新选择该数据集以下载。</translation>
    </message>
    <message>
        <source>it holds a single array, not an npz archive</source>
        <translation>它只包含一个数组，而不是 npz 归档</translation>
    </message>
    <message>
        <source>it lacks {arrays}</source>
        <translation>它缺少 {arrays}</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>K-fold validation</source>
        <translation>K 折验证</translation>
    </message>
    <message>
        <source>Data size (learning curve)</source>
        <translation>数据量（学习曲线）</translation>
    </message>
    <message>
        <source>Capacity: units per hidden layer</source>
        <translation>容量：每个隐藏层的单元数</translation>
    </message>
    <message>
        <source>Capacity: number of hidden layers</source>
        <translation>容量：隐藏层数</translation>
    </message>
    <message>
        <source>Optimizers side by side</source>
        <translation>优化器对比</translation>
    </message>
    <message>
        <source>Learning rates side by side</source>
        <translation>学习率对比</translation>
    </message>
    <message>
        <source>Overfit one small batch (sanity check)</source>
        <translation>过拟合一个小批次（健全性检查）</translation>
    </message>
    <message>
        <source>K models, each validated on one fold and trained on the rest: the mean ± spread says how much the score depends on which rows happened to be validation rows.</source>
        <translation>K 个模型，每个在一折上验证、在其余各折上训练：均值 ± 离散程度说明分数在多大程度上取决于哪些行碰巧被用作验证。</translation>
    </message>
    <message>
        <source>Percent of the training rows. With little data the training score is high and the validation score low; more data closes the gap.</source>
        <translation>训练数据行数的百分比。数据少时训练分数高而验证分数低；数据越多，差距越小。</translation>
    </message>
    <message>
        <source>Units in every hidden Dense layer. Too few: both scores poor (underfitting); many: training beats validation (overfitting).</source>
        <translation>每个隐藏 Dense 层的单元数。太少：两个分数都差（欠拟合）；太多：训练分数明显好于验证分数（过拟合）。</translation>
    </message>
    <message>
        <source>Hidden Dense layers (copies of the first). 0 is a linear model.</source>
        <translation>隐藏 Dense 层的数量（复制第一个隐藏层）。0 即线性模型。</translation>
    </message>
    <message>
        <source>Each at its own Keras default learning rate (SGD: 0.01), same initial weights.</source>
        <translation>各自使用 Keras 默认的学习率（SGD：0.01），初始权重相同。</translation>
    </message>
    <message>
        <source>The same optimizer at each learning rate, same initial weights.</source>
        <translation>同一个优化器分别使用各个学习率，初始权重相同。</translation>
    </message>
    <message>
        <source>Trains on one batch of 16 samples only. A network that works drives this loss to about 0; if it cannot, look for a bug (wrong loss or labels, a too-small network, a frozen layer).</source>
        <translation>只在一个 16 个样本的批次上训练。正常工作的网络能把这个损失降到接近 0；如果做不到，请查找错误（损失函数或标签不对、网络太小、某层被冻结）。</translation>
    </message>
</context>
<context>
    <name>layer_edits</name>
    <message>
        <source>the input takes no connections: connect to a layer</source>
        <translation>输入不接受连接：请把它连接到某个层</translation>
    </message>
    <message>
        <source>{source} is not above {target}: connect a layer to one below it</source>
        <translation>{source} 不在 {target} 之上：只能把层连接到它下方的层</translation>
    </message>
    <message>
        <source>{source} already feeds {target}</source>
        <translation>{source} 已经连接到 {target}</translation>
    </message>
    <message>
        <source>{target} ({kind}) takes one input: add an Add or Concatenate layer below to merge {source} with {current}</source>
        <translation>{target}（{kind}）只接受一个输入：请在下方添加 Add 或 Concatenate 层来合并 {source} 和 {current}</translation>
    </message>
    <message>
        <source>there is no layer {target}</source>
        <translation>不存在层 {target}</translation>
    </message>
    <message>
        <source>{source} does not feed {target}</source>
        <translation>{source} 没有连接到 {target}</translation>
    </message>
    <message>
        <source>{target} needs an input: connect another layer to it first, or delete it</source>
        <translation>{target} 需要一个输入：请先将另一个层连接到它，或删除它</translation>
    </message>
    <message>
        <source>another layer is called {name!r}: choose a different name</source>
        <translation>已有另一个层名为 {name!r}：请换一个名称</translation>
    </message>
</context>
<context>
    <name>layer_graph</name>
    <message>
        <source>two layers are called {name}: rename one</source>
        <translation>有两个层都叫 {name}：请重命名其中一个</translation>
    </message>
    <message>
        <source>takes {name}, which is not a layer above it: connect it to a layer above</source>
        <translation>接收的是 {name}，但它不在此层上方：请把它连接到上方的某个层</translation>
    </message>
    <message>
        <source>receives no features: tick at least one</source>
        <translation>没有接收任何特征：请至少勾选一个</translation>
    </message>
    <message>
        <source>{kind} merges two or more branches: connect another layer to it</source>
        <translation>{kind} 用于合并两个或更多分支：请再把一个层连接到它</translation>
    </message>
    <message>
        <source>{kind} takes one input but {n} are connected: merge them with Add or Concatenate</source>
        <translation>{kind} 只接受一个输入，但连接了 {n} 个：请用 Add 或 Concatenate 合并它们</translation>
    </message>
    <message>
        <source>no layer takes the data&apos;s own input (&apos;input&apos;): connect it to a layer (its Properties: inputs)</source>
        <translation>没有任何层接收数据本身的输入（&apos;input&apos;）：请把它连接到某个层（在该层的“属性”中设置 inputs）</translation>
    </message>
    <message>
        <source>the output of {name} goes nowhere: connect it to a layer below, or delete it</source>
        <translation>{name} 的输出没有连到任何地方：请把它连接到下方的某个层，或删除它</translation>
    </message>
    <message>
        <source>has no {key}, which it needs: give it one in its properties</source>
        <translation>缺少必需的 {key}：请在它的属性中设置</translation>
    </message>
    <message>
        <source>has a setting it cannot use ({error})</source>
        <translation>有一个无法使用的设置（{error}）</translation>
    </message>
</context>
<context>
    <name>layer_shapes</name>
    <message>
        <source>the input</source>
        <translation>输入层</translation>
    </message>
    <message>
        <source>{name} is not a layer the playground knows</source>
        <translation>{name} 不是游乐场认识的层</translation>
    </message>
    <message>
        <source>Dense receives a {rank} input {shape} from {previous}: insert Flatten or GlobalAveragePooling2D before it</source>
        <translation>Dense 从 {previous} 收到 {rank} 的输入 {shape}：请在它之前插入 Flatten 或 GlobalAveragePooling2D</translation>
    </message>
    <message>
        <source>a sequence (time, features)</source>
        <translation>序列 (时间步, 特征)</translation>
    </message>
    <message>
        <source>images (height, width, channels)</source>
        <translation>图像 (高, 宽, 通道)</translation>
    </message>
    <message>
        <source>{kind} needs {what}; it receives {shape} from {previous}: use {fix} instead</source>
        <translation>{kind} 需要{what}；它从 {previous} 收到的是 {shape}：请改用 {fix}</translation>
    </message>
    <message>
        <source>{kind} kernel {kernel} is larger than its {size} input: use a smaller kernel or padding=&apos;same&apos;</source>
        <translation>{kind} 的卷积核 {kernel} 比它的 {size} 输入还大：请使用更小的卷积核，或 padding=&apos;same&apos;</translation>
    </message>
    <message>
        <source>{kind} needs a {rank}-D input; it receives {shape} from {previous}</source>
        <translation>{kind} 需要 {rank}-D 输入；它从 {previous} 收到的是 {shape}</translation>
    </message>
    <message>
        <source>{kind} window {window} is larger than its {size} input: remove it or use a smaller pool_size</source>
        <translation>{kind} 的窗口 {window} 比它的 {size} 输入还大：请删除它，或使用更小的 pool_size</translation>
    </message>
    <message>
        <source>Reshape cannot turn {shape} into {target}: {n} values do not divide</source>
        <translation>Reshape 无法把 {shape} 变为 {target}：{n} 个值无法整除</translation>
    </message>
    <message>
        <source>Reshape to {target} needs {needed} values but receives {n} {shape} from {previous}</source>
        <translation>Reshape 为 {target} 需要 {needed} 个值，但从 {previous} 收到的是 {n} 个值 {shape}</translation>
    </message>
    <message>
        <source>{kind} needs a sequence (batch, time, features); it receives {rank} {shape} from {previous}: use Reshape to (time, features), or an Embedding for words</source>
        <translation>{kind} 需要序列 (批次, 时间步, 特征)；它从 {previous} 收到的是 {rank} {shape}：请用 Reshape 转为 (时间步, 特征)，或者对词使用 Embedding</translation>
    </message>
    <message>
        <source>Bidirectional wraps a SimpleRNN, LSTM or GRU, not {name}</source>
        <translation>Bidirectional 包装的是 SimpleRNN、LSTM 或 GRU，而不是 {name}</translation>
    </message>
    <message>
        <source>Embedding needs word numbers (batch, time); it receives {shape} from {previous}: put it first, on integer sequences</source>
        <translation>Embedding 需要词编号 (批次, 时间步)；它从 {previous} 收到的是 {shape}：请把它放在最前面，用于整数序列</translation>
    </message>
    <message>
        <source>choose image data (digits, shapes, CIFAR-10, an image folder…)</source>
        <translation>请选择图像数据（数字、形状、CIFAR-10、图像文件夹…）</translation>
    </message>
    <message>
        <source>put it first</source>
        <translation>请把它放在最前面</translation>
    </message>
    <message>
        <source>Reshape to (height, width, 1) before it</source>
        <translation>在它之前用 Reshape 转为 (高, 宽, 1)</translation>
    </message>
    <message>
        <source>Pretrained {name} needs images (height, width, channels); it receives {shape} from {previous}: {fix}</source>
        <translation>Pretrained {name} 需要图像 (高, 宽, 通道)；它从 {previous} 收到的是 {shape}：{fix}</translation>
    </message>
    <message>
        <source>import the images in grey or in colour (RGB)</source>
        <translation>请以灰度或彩色（RGB）导入图像</translation>
    </message>
    <message>
        <source>put it first, on the images themselves</source>
        <translation>请把它放在最前面，直接作用于图像本身</translation>
    </message>
    <message>
        <source>Pretrained {name} takes grey (1 channel) or colour (3 channels) images; it receives {channels} channels from {previous}: {fix}</source>
        <translation>Pretrained {name} 接受灰度（1 个通道）或彩色（3 个通道）图像；它从 {previous} 收到的是 {channels} 个通道：{fix}</translation>
    </message>
    <message>
        <source>fine_tune {tuned} is more than {name}&apos;s {layers} layers: at most {layers} (the whole base)</source>
        <translation>fine_tune {tuned} 超过了 {name} 的层数 {layers}：最多为 {layers}（整个卷积基）</translation>
    </message>
    <message>
        <source>give both branches {channels} channels (a 1×1 Conv2D on the shortcut)</source>
        <translation>让两个分支都有 {channels} 个通道（在捷径上加一个 1×1 的 Conv2D）</translation>
    </message>
    <message>
        <source>make the branches end in the same shape (use Concatenate to join different shapes)</source>
        <translation>让各分支以相同的形状结束（不同形状请用 Concatenate 拼接）</translation>
    </message>
    <message>
        <source>Add needs equal shapes but receives {a} from {a_name} and {b} from {b_name}: {fix}</source>
        <translation>Add 需要形状相同的输入，但从 {a_name} 收到 {a}，从 {b_name} 收到 {b}：{fix}</translation>
    </message>
    <message>
        <source>Concatenate needs inputs of the same rank; it receives {shapes}</source>
        <translation>Concatenate 需要维数相同的输入；它收到的是 {shapes}</translation>
    </message>
    <message>
        <source>Concatenate axis {axis} does not exist for inputs {shape}</source>
        <translation>对于输入 {shape}，Concatenate 的轴 {axis} 不存在</translation>
    </message>
    <message>
        <source>Concatenate joins along axis {axis}; the other axes must match but it receives {shapes}: pool or reshape the branches to the same size</source>
        <translation>Concatenate 沿轴 {axis} 拼接；其他轴必须一致，但它收到的是 {shapes}：请对各分支做池化或 Reshape，使其尺寸相同</translation>
    </message>
</context>
<context>
    <name>layer_specs</name>
    <message>
        <source>is not a setting of {kind}; it has: {known}</source>
        <translation>不是 {kind} 的设置项；它的设置项：{known}</translation>
    </message>
    <message>
        <source>must be a name of letters, digits and _ (not starting with a digit), got {v!r}</source>
        <translation>必须是由字母、数字和 _ 组成的名称（不能以数字开头），收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be true or false, got {v!r}</source>
        <translation>必须是 true 或 false，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be a whole number from {low:g} to {high:g}, got {v!r}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的整数，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {v!r}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的数，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {v!r}</source>
        <translation>必须是 {choices} 之一，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>unknown activation {v!r}; choose from {known}</source>
        <translation>未知的激活函数 {v!r}；请从 {known} 中选择</translation>
    </message>
    <message>
        <source>must be a whole number from {low:g} to {high:g}, or {dims} of them, got {v!r}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的整数，或 {dims} 个这样的整数，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be a list of sizes ≥ 1 (one of them may be -1), got {v!r}</source>
        <translation>必须是由 ≥ 1 的尺寸组成的列表（其中一个可以是 -1），收到的是 {v!r}</translation>
    </message>
    <message>
        <source>unknown initializer {v!r}</source>
        <translation>未知的初始化器 {v!r}</translation>
    </message>
    <message>
        <source>must list one or more different features from {known}, got {v!r}</source>
        <translation>必须列出 {known} 中一个或多个不同的特征，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be {&quot;class_name&quot;: &quot;LSTM&quot; (or GRU, SimpleRNN), &quot;config&quot;: {...}}</source>
        <translation>必须是 {&quot;class_name&quot;: &quot;LSTM&quot; (或 GRU、SimpleRNN), &quot;config&quot;: {...}}</translation>
    </message>
    <message>
        <source>must be null or {{&quot;class_name&quot;: one of {names}, &quot;config&quot;: {{...}}}}</source>
        <translation>必须是 null 或 {{&quot;class_name&quot;: {names} 之一, &quot;config&quot;: {{...}}}}</translation>
    </message>
    <message>
        <source>{key} must be l1 or l2 with a rate from 0 to {high:g}, got {rate!r}</source>
        <translation>{key} 必须是 l1 或 l2，且比率在 0 到 {high:g} 之间，收到的是 {rate!r}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>small random normal (σ 0.01)</source>
        <translation>小随机正态分布（σ 0.01）</translation>
    </message>
    <message>
        <source>random normal (σ 0.05)</source>
        <translation>随机正态分布（σ 0.05）</translation>
    </message>
    <message>
        <source>random uniform (±0.05)</source>
        <translation>随机均匀分布（±0.05）</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot 均匀分布</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot 正态分布</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均匀分布</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 正态分布</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 正态分布</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心层</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正则化</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷积</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Reshaping</source>
        <translation>变形</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>预处理</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>数据增强</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>迁移学习</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Add a bias to each output (Keras: use_bias)</source>
        <translation>为每个输出加上偏置（Keras：use_bias）</translation>
    </message>
    <message>
        <source>How the weights start</source>
        <translation>权重的初始化方式</translation>
    </message>
    <message>
        <source>How the biases start</source>
        <translation>偏置的初始化方式</translation>
    </message>
    <message>
        <source>Penalty on the weights, added to the loss</source>
        <translation>对权重的惩罚，加到损失上</translation>
    </message>
    <message>
        <source>Penalty on the biases, added to the loss</source>
        <translation>对偏置的惩罚，加到损失上</translation>
    </message>
    <message>
        <source>How the recurrent weights start</source>
        <translation>循环权重的初始化方式</translation>
    </message>
    <message>
        <source>Output size: neurons in this layer</source>
        <translation>输出大小：这一层的神经元数</translation>
    </message>
    <message>
        <source>Applied to the layer&apos;s output</source>
        <translation>作用于该层的输出</translation>
    </message>
    <message>
        <source>valid: no padding, the output shrinks; same: zero padding keeps the size</source>
        <translation>valid：不填充，输出变小；same：补零，保持尺寸不变</translation>
    </message>
    <message>
        <source>Slides 2-D filters over the input; each filter makes one feature map</source>
        <translation>在输入上滑动二维过滤器；每个过滤器生成一张特征图</translation>
    </message>
    <message>
        <source>Slides 1-D filters over the input; each filter makes one feature map</source>
        <translation>在输入上滑动一维过滤器；每个过滤器生成一张特征图</translation>
    </message>
    <message>
        <source>Number of filters (output channels)</source>
        <translation>过滤器数量（输出通道数）</translation>
    </message>
    <message>
        <source>Filter size</source>
        <translation>过滤器尺寸</translation>
    </message>
    <message>
        <source>Step between filter positions</source>
        <translation>过滤器每次移动的步长</translation>
    </message>
    <message>
        <source>Keeps the maximum of each window, shrinking the feature maps</source>
        <translation>保留每个窗口中的最大值，缩小特征图</translation>
    </message>
    <message>
        <source>Keeps the average of each window, shrinking the feature maps</source>
        <translation>保留每个窗口的平均值，缩小特征图</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>窗口大小</translation>
    </message>
    <message>
        <source>Step between windows; empty means the pool size</source>
        <translation>窗口之间的步长；留空表示等于窗口大小</translation>
    </message>
    <message>
        <source>Size of the hidden state</source>
        <translation>隐藏状态的大小</translation>
    </message>
    <message>
        <source>Output every time step (needed before another RNN layer)</source>
        <translation>输出每个时间步（后面再接 RNN 层时需要）</translation>
    </message>
    <message>
        <source>Fraction of the inputs dropped while training</source>
        <translation>训练时丢弃的输入比例</translation>
    </message>
    <message>
        <source>Fraction of the recurrent state dropped while training</source>
        <translation>训练时丢弃的循环状态比例</translation>
    </message>
    <message>
        <source>Fraction of the range, e.g. 0.1; applied at random, only while training</source>
        <translation>占范围的比例，例如 0.1；随机应用，仅在训练时生效</translation>
    </message>
    <message>
        <source>Every input connects to every neuron</source>
        <translation>每个输入都连接到每个神经元</translation>
    </message>
    <message>
        <source>Applies an activation function on its own</source>
        <translation>单独应用一个激活函数</translation>
    </message>
    <message>
        <source>Sets a random fraction of inputs to 0 while training (not when predicting)</source>
        <translation>训练时随机将一部分输入置为 0（预测时不会）</translation>
    </message>
    <message>
        <source>Fraction of inputs dropped</source>
        <translation>丢弃的输入比例</translation>
    </message>
    <message>
        <source>Normalises each channel over the batch; learns a scale and offset</source>
        <translation>在批次上对每个通道做归一化；学习一个缩放和一个偏移</translation>
    </message>
    <message>
        <source>How slowly the moving mean and variance follow the batches</source>
        <translation>移动均值和方差跟随批次变化的缓慢程度</translation>
    </message>
    <message>
        <source>Added to the variance to avoid dividing by 0</source>
        <translation>加到方差上，避免除以 0</translation>
    </message>
    <message>
        <source>Learn an offset (beta)</source>
        <translation>学习偏移（beta）</translation>
    </message>
    <message>
        <source>Learn a scale (gamma)</source>
        <translation>学习缩放（gamma）</translation>
    </message>
    <message>
        <source>Normalises each sample over its features</source>
        <translation>在特征上对每个样本做归一化</translation>
    </message>
    <message>
        <source>Averages over time: one value per channel</source>
        <translation>在时间上求平均：每个通道一个值</translation>
    </message>
    <message>
        <source>Averages each feature map: one value per channel</source>
        <translation>对每张特征图求平均：每个通道一个值</translation>
    </message>
    <message>
        <source>The maximum of each feature map: one value per channel</source>
        <translation>取每张特征图的最大值：每个通道一个值</translation>
    </message>
    <message>
        <source>Lays the input out as one long vector (for Dense layers)</source>
        <translation>把输入展平成一个长向量（供 Dense 层使用）</translation>
    </message>
    <message>
        <source>Gives the same values a new shape</source>
        <translation>为同样的值赋予新的形状</translation>
    </message>
    <message>
        <source>New shape without the batch axis; -1 once means &apos;the rest&apos;</source>
        <translation>不含批次轴的新形状；可用一次 -1 表示“其余部分”</translation>
    </message>
    <message>
        <source>The simplest recurrent layer: forgets quickly</source>
        <translation>最简单的循环层：遗忘得很快</translation>
    </message>
    <message>
        <source>Long short-term memory: gates decide what to keep over long sequences</source>
        <translation>长短期记忆：由门决定在长序列中保留什么</translation>
    </message>
    <message>
        <source>Gated recurrent unit: like LSTM with fewer weights</source>
        <translation>门控循环单元：类似 LSTM，但权重更少</translation>
    </message>
    <message>
        <source>Runs a recurrent layer forwards and backwards over the sequence</source>
        <translation>在序列上正向和反向各运行一次循环层</translation>
    </message>
    <message>
        <source>The recurrent layer</source>
        <translation>所用的循环层</translation>
    </message>
    <message>
        <source>How the two directions are joined</source>
        <translation>两个方向的结果如何合并</translation>
    </message>
    <message>
        <source>Turns word numbers into learned vectors</source>
        <translation>把词编号转换为学习得到的向量</translation>
    </message>
    <message>
        <source>Vocabulary size: the largest word number + 1</source>
        <translation>词汇表大小：最大词编号 + 1</translation>
    </message>
    <message>
        <source>Length of each word vector</source>
        <translation>每个词向量的长度</translation>
    </message>
    <message>
        <source>How the vectors start</source>
        <translation>向量的初始化方式</translation>
    </message>
    <message>
        <source>Adds its inputs (same shapes): a residual or shortcut connection</source>
        <translation>将各输入相加（形状须相同）：残差连接或捷径连接</translation>
    </message>
    <message>
        <source>Joins its inputs along an axis</source>
        <translation>沿某个轴拼接各输入</translation>
    </message>
    <message>
        <source>Axis to join along (-1: the last, the channels)</source>
        <translation>拼接所沿的轴（-1：最后一个轴，即通道）</translation>
    </message>
    <message>
        <source>Multiplies by a scale and adds an offset, e.g. 1/255 for pixels</source>
        <translation>乘以一个缩放系数并加上偏移，例如像素乘以 1/255</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>乘数</translation>
    </message>
    <message>
        <source>Added after scaling</source>
        <translation>缩放后加上的值</translation>
    </message>
    <message>
        <source>Flips images at random while training</source>
        <translation>训练时随机翻转图像</translation>
    </message>
    <message>
        <source>Which flips</source>
        <translation>翻转方向</translation>
    </message>
    <message>
        <source>Rotates images at random while training</source>
        <translation>训练时随机旋转图像</translation>
    </message>
    <message>
        <source>Fraction of a full turn, e.g. 0.1 = up to ±36°</source>
        <translation>占整圈的比例，例如 0.1 = 最多 ±36°</translation>
    </message>
    <message>
        <source>Zooms images in or out at random while training</source>
        <translation>训练时随机放大或缩小图像</translation>
    </message>
    <message>
        <source>Shifts images at random while training</source>
        <translation>训练时随机平移图像</translation>
    </message>
    <message>
        <source>A convolutional base trained on ImageNet (keras.applications, include_top=False), as in Chollet&apos;s Deep Learning with Python. Step 1, feature extraction: keep the base frozen (fine_tune 0) and train a new head after it (GlobalAveragePooling2D, Dropout, Dense). Step 2, fine-tuning: once the head has learned, unfreeze the base&apos;s last layers and lower the learning rate (e.g. 1e-5); training goes on from the trained weights. Takes grey or colour images in [0, 1]; smaller than 32×32 they are resized up to it.</source>
        <translation>在 ImageNet 上训练好的卷积基（keras.applications，include_top=False），与 Chollet《Python 深度学习》中的做法相同。第 1 步，特征提取：保持卷积基冻结（fine_tune 0），在其后训练一个新的头部（GlobalAveragePooling2D、Dropout、Dense）。第 2 步，微调：头部学好之后，解冻卷积基的最后几层并降低学习率（例如 1e-5）；训练会从已训练的权重继续。接受取值在 [0, 1] 的灰度或彩色图像；小于 32×32 的图像会被放大到 32×32。</translation>
    </message>
    <message>
        <source>The ImageNet base. MobileNetV2 (9 MB) and EfficientNetB0 (17 MB) are small and quick; VGG16 (59 MB) is the book&apos;s; ResNet50 (95 MB) the deepest. Its weights are downloaded once.</source>
        <translation>ImageNet 卷积基。MobileNetV2（9 MB）和 EfficientNetB0（17 MB）小而快；VGG16（59 MB）是书中所用的；ResNet50（95 MB）最深。其权重只需下载一次。</translation>
    </message>
    <message>
        <source>How many of the base&apos;s last layers train. 0: the whole base is frozen (step 1, feature extraction). Raise it once the head has trained (step 2, fine-tuning, e.g. 20): training continues from the current weights; lower the learning rate first. Batch normalization layers stay frozen.</source>
        <translation>卷积基最后多少层参与训练。0：整个卷积基冻结（第 1 步，特征提取）。头部训练好之后再调高（第 2 步，微调，例如 20）：训练会从当前权重继续；请先降低学习率。BatchNormalization 层始终保持冻结。</translation>
    </message>
    <message>
        <source>Another input of the model. On plane data it receives the features you tick; on images, sequences and text it receives the whole sample. Connect it to a layer, and merge the branches with Concatenate or Add.</source>
        <translation>模型的另一个输入。对于平面数据，它接收你勾选的特征；对于图像、序列和文本，它接收整个样本。把它连接到某个层，再用 Concatenate 或 Add 合并各分支。</translation>
    </message>
    <message>
        <source>Plane data: the features this input receives</source>
        <translation>平面数据：这个输入接收的特征</translation>
    </message>
    <message>
        <source>Unique name of the layer in the model</source>
        <translation>该层在模型中的唯一名称</translation>
    </message>
    <message>
        <source>Untick to freeze the layer&apos;s weights</source>
        <translation>取消勾选可冻结该层的权重</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>cannot be read: {error}</source>
        <translation>无法读取：{error}</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>is not a lesson field; allowed: {keys}</source>
        <translation>不是课程的字段；允许的字段：{keys}</translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;, got {got}</source>
        <translation>必须是 &quot;{format}&quot;，收到的是 {got}</translation>
    </message>
    <message>
        <source>this playground reads version {version}, got {got}</source>
        <translation>本游乐场读取的是版本 {version}，收到的是 {got}</translation>
    </message>
    <message>
        <source>is missing: a lesson needs a whole experiment</source>
        <translation>缺失：课程需要一个完整的实验</translation>
    </message>
    <message>
        <source>must be a list of {&quot;label&quot;: {...}, &quot;set&quot;: {...}}</source>
        <translation>必须是由 {&quot;label&quot;: {...}, &quot;set&quot;: {...}} 组成的列表</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got {epochs}</source>
        <translation>必须是 ≥ 1 的整数，收到的是 {epochs}</translation>
    </message>
    <message>
        <source>is missing: give it in {languages}</source>
        <translation>缺失：请用 {languages} 给出</translation>
    </message>
    <message>
        <source>must be {{&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;, &quot;zh_TW&quot;: &quot;...&quot;}}, got {type}</source>
        <translation>必须是 {{&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;, &quot;zh_TW&quot;: &quot;...&quot;}}，收到的是 {type}</translation>
    </message>
    <message>
        <source>is not a language of the playground; use {languages}</source>
        <translation>不是游乐场支持的语言；请使用 {languages}</translation>
    </message>
    <message>
        <source>is missing: every text is given in {languages}</source>
        <translation>缺失：每段文字都要用 {languages} 给出</translation>
    </message>
    <message>
        <source>must be a text that is not empty, got {text}</source>
        <translation>必须是非空的文本，收到的是 {text}</translation>
    </message>
    <message>
        <source>must look like {&quot;label&quot;: {&quot;en&quot;: ...}, &quot;set&quot;: {&quot;dotted.key&quot;: value}}</source>
        <translation>格式应类似 {&quot;label&quot;: {&quot;en&quot;: ...}, &quot;set&quot;: {&quot;dotted.key&quot;: value}}</translation>
    </message>
    <message>
        <source>is not a variant field; allowed: {keys}</source>
        <translation>不是变体的字段；允许的字段：{keys}</translation>
    </message>
    <message>
        <source>must map dotted keys to values, e.g. {{&quot;{key}&quot;: 0.1}}</source>
        <translation>必须把点号分隔的键映射到值，例如 {{&quot;{key}&quot;: 0.1}}</translation>
    </message>
    <message>
        <source>must be a list of dotted keys, e.g. [&quot;model.layers[0].config.use_bias&quot;]</source>
        <translation>必须是由点号分隔的键组成的列表，例如 [&quot;model.layers[0].config.use_bias&quot;]</translation>
    </message>
    <message>
        <source>is empty: a variant changes at least one setting</source>
        <translation>是空的：一个变体至少要更改一项设置</translation>
    </message>
    <message>
        <source>can only remove a key of an object, not a list item</source>
        <translation>只能删除对象中的键，不能删除列表中的项</translation>
    </message>
    <message>
        <source>there is no {key!r} to remove here</source>
        <translation>这里没有可删除的 {key!r}</translation>
    </message>
    <message>
        <source>{message} (after the variant&apos;s patch)</source>
        <translation>{message}（应用该变体的补丁之后）</translation>
    </message>
    <message>
        <source>is not a dotted key like {first} or {second}</source>
        <translation>不是类似 {first} 或 {second} 这样的点号分隔键</translation>
    </message>
    <message>
        <source>{inside} is not a section of the experiment here; sections: {known}</source>
        <translation>{inside} 在这里不是实验的一个部分；可用的部分：{known}</translation>
    </message>
    <message>
        <source>{inside} is not a section of the experiment here; sections: none</source>
        <translation>{inside} 在这里不是实验的一个部分；这里没有任何部分</translation>
    </message>
    <message>
        <source>the experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>{where} is not a list</source>
        <translation>{where} 不是列表</translation>
    </message>
    <message>
        <source>{where} is not an object with keys</source>
        <translation>{where} 不是带键的对象</translation>
    </message>
    <message>
        <source>{where} has {count} item(s): [{index}] is not one of them</source>
        <translation>{where} 有 {count} 项：[{index}] 不在其中</translation>
    </message>
</context>
<context>
    <name>loss_surface</name>
    <message>
        <source>Round bowl</source>
        <translation>圆碗</translation>
    </message>
    <message>
        <source>Every SGD step points at the centre, so the learning rate alone decides: 0.05 crawls, 0.5 lands in one step, 0.9 bounces across, above 1 the ball flies off. Adam&apos;s steps are about its learning rate long, wherever they point, so it overshoots.</source>
        <translation>SGD 的每一步都指向中心，所以只由学习率决定：0.05 缓慢爬行，0.5 一步到位，0.9 来回弹跳，大于 1 时小球会飞出去。Adam 的每一步长度大约等于其学习率，无论指向哪里，所以会冲过头。</translation>
    </message>
    <message>
        <source>Narrow valley</source>
        <translation>狭长山谷</translation>
    </message>
    <message>
        <source>f = 0.1·x² + 10·y²  (100 times more curved across than along)</source>
        <translation>f = 0.1·x² + 10·y²  （横跨山谷方向的弯曲程度是沿山谷方向的 100 倍）</translation>
    </message>
    <message>
        <source>Plain SGD, at the largest rate the steep sides allow, zig-zags and then crawls along the flat floor; momentum overshoots but keeps its speed; RMSprop and Adam head straight down.</source>
        <translation>普通 SGD 在陡峭两侧所允许的最大学习率下先之字形来回，再沿平坦的谷底缓慢爬行；动量会冲过头，但能保持速度；RMSprop 和 Adam 则径直向下。</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana</source>
        <translation>Rosenbrock 香蕉函数</translation>
    </message>
    <message>
        <source>f = (1 − x)² + 100·(y − x²)²  (minimum at (1, 1))</source>
        <translation>f = (1 − x)² + 100·(y − x²)²  （最小值在 (1, 1)）</translation>
    </message>
    <message>
        <source>Reaching the curved valley is quick; following its floor to (1, 1) is slow without momentum.</source>
        <translation>到达弯曲的山谷很快；但没有动量时，沿谷底走到 (1, 1) 很慢。</translation>
    </message>
    <message>
        <source>Two minima</source>
        <translation>两个极小值</translation>
    </message>
    <message>
        <source>f = (x² − 1)² + ½x + ½y²  (the left minimum is deeper)</source>
        <translation>f = (x² − 1)² + ½x + ½y²  （左边的极小值更深）</translation>
    </message>
    <message>
        <source>Plain SGD, RMSprop and Adam stop in the nearer, shallower minimum; momentum rolls over the ridge into the deeper one.</source>
        <translation>普通 SGD、RMSprop 和 Adam 停在较近、较浅的极小值；动量则能滚过山脊，进入更深的那个。</translation>
    </message>
    <message>
        <source>shallow minimum</source>
        <translation>浅极小值</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>山口</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>鞍面</translation>
    </message>
    <message>
        <source>f = ½x² − ½y²  (no minimum: it falls away along y)</source>
        <translation>f = ½x² − ½y²  （没有最小值：沿 y 方向不断下降）</translation>
    </message>
    <message>
        <source>Near the saddle point (0, 0) the gradient is tiny: SGD lingers there; RMSprop and Adam divide by the gradient&apos;s size and leave at once.</source>
        <translation>在鞍点 (0, 0) 附近梯度极小：SGD 会在那里徘徊；RMSprop 和 Adam 会除以梯度的大小，因此立刻离开。</translation>
    </message>
    <message>
        <source>saddle point</source>
        <translation>鞍点</translation>
    </message>
    <message>
        <source>unknown surface {name!r}; choose one of {known}</source>
        <translation>未知的曲面 {name!r}；请从 {known} 中选择一个</translation>
    </message>
    <message>
        <source>steps must be 0 or more, got {steps}</source>
        <translation>steps 必须大于或等于 0，收到的是 {steps}</translation>
    </message>
</context>
<context>
    <name>losses</name>
    <message>
        <source>Binary cross-entropy</source>
        <translation>二元交叉熵</translation>
    </message>
    <message>
        <source>Mean squared error (mse)</source>
        <translation>均方误差（mse）</translation>
    </message>
    <message>
        <source>Mean absolute error (mae)</source>
        <translation>平均绝对误差（mae）</translation>
    </message>
    <message>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <source>Squared hinge</source>
        <translation>Squared hinge（平方合页）</translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation>稀疏分类交叉熵</translation>
    </message>
    <message>
        <source>Categorical cross-entropy (one-hot)</source>
        <translation>分类交叉熵（one-hot）</translation>
    </message>
</context>
<context>
    <name>lr_finder</name>
    <message>
        <source>the loss diverged at once: the data or the model cannot train (check the loss and the inputs)</source>
        <translation>损失立即发散：数据或模型无法训练（请检查损失函数和输入）</translation>
    </message>
</context>
<context>
    <name>model_builder</name>
    <message>
        <source>receives no images: fix the layers before it</source>
        <translation>没有收到图像：请修正它之前的层</translation>
    </message>
</context>
<context>
    <name>model_size</name>
    <message>
        <source>has {count} layers; the playground builds models of at most {most}: remove some</source>
        <translation>有 {count} 层；游乐场最多构建 {most} 层的模型：请删掉一些</translation>
    </message>
    <message>
        <source>{name} would hold {weights} weights, the whole model {total} (≈ {size} while training with {optimizer}); at most {most} fit: give it fewer units or filters, or a smaller input</source>
        <translation>{name} 将有 {weights} 个权重，整个模型 {total} 个（用 {optimizer} 训练时约 {size}）；最多只能容纳 {most}：请减少单元或过滤器，或用更小的输入</translation>
    </message>
</context>
<context>
    <name>npz_import</name>
    <message>
        <source>{name} is not a readable .npz file ({reason}): save it with numpy.savez</source>
        <translation>{name} 不是可读取的 .npz 文件（{reason}）：请用 numpy.savez 保存</translation>
    </message>
    <message>
        <source>{name} holds one array, not named arrays: save x and y with numpy.savez(path, x=x, y=y)</source>
        <translation>{name} 只包含一个数组，而不是有名称的数组：请用 numpy.savez(path, x=x, y=y) 保存 x 和 y</translation>
    </message>
    <message>
        <source>{name} is not an .npz file (not a zip archive of arrays): save it with numpy.savez</source>
        <translation>{name} 不是 .npz 文件（不是数组的 zip 压缩包）：请用 numpy.savez 保存</translation>
    </message>
    <message>
        <source>{name} needs arrays named x and y (or x_train, y_train, x_test, y_test); it holds {arrays}</source>
        <translation>{name} 需要名为 x 和 y（或 x_train、y_train、x_test、y_test）的数组；它包含的是：{arrays}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{name}: x_test samples are {test} but x_train&apos;s are {train}</source>
        <translation>{name}：x_test 的样本形状为 {test}，而 x_train 的为 {train}</translation>
    </message>
    <message>
        <source>{name}: x holds {n} sample(s); a set needs samples to learn from</source>
        <translation>{name}：x 只有 {n} 个样本；数据集需要有可供学习的样本</translation>
    </message>
    <message>
        <source>{name}: with x_train and x_test, give the weights as sample_weight_train and sample_weight_test (one per sample of each), not as sample_weight</source>
        <translation>{name}：使用 x_train 和 x_test 时，请以 sample_weight_train 和 sample_weight_test 给出权重（各自的每个样本一个），而不是 sample_weight</translation>
    </message>
    <message>
        <source>{name} has {given} but no {other}: both are needed, as x_train and x_test are pooled; add the missing one (or leave out both)</source>
        <translation>{name} 有 {given} 但没有 {other}：由于 x_train 和 x_test 会被合并，两者都需要；请补上缺少的那个（或两者都不给）</translation>
    </message>
    <message>
        <source>{name} holds {n} arrays; an .npz of data holds a few (x, y, …)</source>
        <translation>{name} 含有 {n} 个数组；数据的 .npz 只含几个（x、y……）</translation>
    </message>
    <message>
        <source>{name}: array {key!r} cannot be read ({reason})</source>
        <translation>{name}：数组 {key!r} 无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: array {key!r} of shape {shape} takes {mb:,.0f} MB; the playground reads at most {most:,.0f} MB of arrays: save a sample of the rows</source>
        <translation>{name}：形状为 {shape} 的数组 {key!r} 占 {mb:,.0f} MB；游乐场最多读取 {most:,.0f} MB 的数组：请只保存一部分行</translation>
    </message>
    <message>
        <source>{name}: array {key!r} holds Python objects, which are not read (they could run code); save numbers (or, for class_names, strings) only</source>
        <translation>{name}：数组 {key!r} 中存放的是 Python 对象，不会被读取（它们可能运行代码）；请只保存数值（class_names 可以是字符串）</translation>
    </message>
    <message>
        <source>{name}: {xn} and {yn} must be arrays with one row per sample, not single numbers</source>
        <translation>{name}：{xn} 和 {yn} 必须是每个样本一行的数组，而不是单个数</translation>
    </message>
    <message>
        <source>{name}: {xn} has {nx} samples but {yn} has {ny}; they must match</source>
        <translation>{name}：{xn} 有 {nx} 个样本，但 {yn} 有 {ny} 个；两者必须一致</translation>
    </message>
    <message>
        <source>{name}: x holds {dtype} values; it must hold numbers</source>
        <translation>{name}：x 中存放的是 {dtype} 值；它必须存放数值</translation>
    </message>
    <message>
        <source>{name}: x holds {n} missing or infinite value(s), the first in sample {first}: fill or remove them</source>
        <translation>{name}：x 中有 {n} 个缺失或无穷大的值，第一个在样本 {first} 中：请填充或删除它们</translation>
    </message>
    <message>
        <source>{name}: x has shape {shape}; use (n, features), (n, time, features) or (n, h, w, c)</source>
        <translation>{name}：x 的形状为 {shape}；请使用 (n, 特征)、(n, 时间步, 特征) 或 (n, h, w, c)</translation>
    </message>
    <message>
        <source>{name}: y has shape {shape}; give one target per sample (or one-hot rows)</source>
        <translation>{name}：y 的形状为 {shape}；请为每个样本给出一个目标（或 one-hot 行）</translation>
    </message>
    <message>
        <source>{name}: y has shape {shape}; give one target per sample</source>
        <translation>{name}：y 的形状为 {shape}；请为每个样本给出一个目标</translation>
    </message>
    <message>
        <source>{name}: y holds {dtype} values; it must hold numbers or class names</source>
        <translation>{name}：y 中存放的是 {dtype} 值；它必须存放数值或类别名称</translation>
    </message>
    <message>
        <source>{name}: y is missing at sample {first}: fill or remove it</source>
        <translation>{name}：y 在样本 {first} 处缺失：请填充或删除它</translation>
    </message>
    <message>
        <source>{name}: y holds text; regression needs numbers: choose classification</source>
        <translation>{name}：y 中含有文本；回归需要数值：请选择 classification</translation>
    </message>
    <message>
        <source>{name}: class_names must be text (a numpy array of str), not {dtype}</source>
        <translation>{name}：class_names 必须是文本（str 类型的 numpy 数组），而不是 {dtype}</translation>
    </message>
    <message>
        <source>{name}: class_names lists {names} names but y has {classes} classes</source>
        <translation>{name}：class_names 列出了 {names} 个名称，但 y 有 {classes} 个类别</translation>
    </message>
    <message>
        <source>{name}: class_names needs y to number the classes 0 to {last}</source>
        <translation>{name}：使用 class_names 时，y 必须用 0 到 {last} 为类别编号</translation>
    </message>
</context>
<context>
    <name>optimizer_specs</name>
    <message>
        <source>Keras clips by norm or by value, not both: clear clipnorm or clipvalue</source>
        <translation>Keras 只能按范数或按值裁剪，不能两者同时使用：请清空 clipnorm 或 clipvalue</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: {known}</source>
        <translation>{name} 没有设置项 {key!r}；它的设置项：{known}</translation>
    </message>
    <message>
        <source>must be true or false, got {value!r}</source>
        <translation>必须是 true 或 false，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的数，收到的是 {value!r}</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>added to the denominator so it is never 0</source>
        <translation>加到分母上，使其永远不为 0</translation>
    </message>
    <message>
        <source>decay of the mean of gradients: m ← β₁·m + (1−β₁)·g</source>
        <translation>梯度均值的衰减率：m ← β₁·m + (1−β₁)·g</translation>
    </message>
    <message>
        <source>decay of the mean of squares: v ← β₂·v + (1−β₂)·g²</source>
        <translation>平方均值的衰减率：v ← β₂·v + (1−β₂)·g²</translation>
    </message>
    <message>
        <source>decay of the mean of squared gradients: v ← ρ·v + (1−ρ)·g²</source>
        <translation>梯度平方均值的衰减率：v ← ρ·v + (1−ρ)·g²</translation>
    </message>
    <message>
        <source>look ahead: the gradient at w + momentum·v</source>
        <translation>向前看：在 w + momentum·v 处计算梯度</translation>
    </message>
    <message>
        <source>divide by the gradients&apos; variance, not their mean square</source>
        <translation>除以梯度的方差，而不是其均方</translation>
    </message>
    <message>
        <source>the sum of squares starts here</source>
        <translation>平方和的初始值</translation>
    </message>
    <message>
        <source>use the largest v so far (AMSGrad)</source>
        <translation>使用迄今为止最大的 v（AMSGrad）</translation>
    </message>
    <message>
        <source>w ← w − lr·weight_decay·w, apart from the gradient</source>
        <translation>w ← w − lr·weight_decay·w，与梯度更新分开进行</translation>
    </message>
    <message>
        <source>each weight&apos;s gradient is scaled down to this norm at most</source>
        <translation>每个权重的梯度被缩小，使其范数不超过此值</translation>
    </message>
    <message>
        <source>each gradient value is clipped to ±this</source>
        <translation>每个梯度值被裁剪到 ±此值</translation>
    </message>
</context>
<context>
    <name>picture_file</name>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is {mb:.0f} MB; pictures of up to {most} MB are read: make it smaller</source>
        <translation>{file} 大小为 {mb:.0f} MB；只读取不超过 {most} MB 的图片：请缩小它</translation>
    </message>
    <message>
        <source>{file} is not a picture: drop a PNG, JPEG, BMP or GIF file on the pad</source>
        <translation>{file} 不是图片：请把 PNG、JPEG、BMP 或 GIF 文件拖放到画板上</translation>
    </message>
    <message>
        <source>{file} cannot be read as a picture: {reason}</source>
        <translation>{file} 无法作为图片读取：{reason}</translation>
    </message>
    <message>
        <source>{file} has more than {most} million pixels, more than is read: make it smaller</source>
        <translation>{file} 超过 {most} 百万像素，超出了可读取的上限：请缩小它</translation>
    </message>
</context>
<context>
    <name>preprocessing</name>
    <message>
        <source>as the dataset comes</source>
        <translation>保持数据集原样</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>standardise (mean 0, std 1 per feature)</source>
        <translation>标准化（每个特征均值 0、标准差 1）</translation>
    </message>
    <message>
        <source>min-max to [0, 1]</source>
        <translation>最小-最大缩放到 [0, 1]</translation>
    </message>
    <message>
        <source>subtract the mean image (per pixel)</source>
        <translation>减去平均图像（逐像素）</translation>
    </message>
    <message>
        <source>subtract the mean of each channel</source>
        <translation>减去每个通道的均值</translation>
    </message>
    <message>
        <source>unknown scaling {kind}; choose one of {known}</source>
        <translation>未知的缩放方式 {kind}；请从 {known} 中选择一个</translation>
    </message>
    <message>
        <source>the plane&apos;s points are used as they are (the pictures are drawn in their coordinates): choose auto</source>
        <translation>平面上的点按原样使用（图是在它们的坐标中绘制的）：请选择 auto</translation>
    </message>
    <message>
        <source>text comes as word numbers, which are names, not amounts: choose auto</source>
        <translation>文本以词编号的形式给出，这些编号是名称而不是数量：请选择 auto</translation>
    </message>
    <message>
        <source>{scaling} is for images: choose standardise or min-max for these inputs</source>
        <translation>{scaling} 用于图像：对于这些输入，请选择 standardise 或 min-max</translation>
    </message>
    <message>
        <source>the training data holds only class {name}</source>
        <translation>训练数据中只有类别 {name}</translation>
    </message>
    <message>
        <source>the test data holds only class {name}</source>
        <translation>测试数据中只有类别 {name}</translation>
    </message>
    <message>
        <source>the training data holds only class {name} — without shuffling the split takes the rows in order, and they are sorted by class: turn shuffling on</source>
        <translation>训练数据中只有类别 {name}——不打乱时，划分会按顺序取行，而这些行是按类别排序的：请开启打乱</translation>
    </message>
    <message>
        <source>the test data holds only class {name} — without shuffling the split takes the rows in order, and they are sorted by class: turn shuffling on</source>
        <translation>测试数据中只有类别 {name}——不打乱时，划分会按顺序取行，而这些行是按类别排序的：请开启打乱</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Finished: reached the epoch limit</source>
        <translation>已完成：达到轮次上限</translation>
    </message>
    <message>
        <source>Stopped by hand</source>
        <translation>手动停止</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite</source>
        <translation>损失变成了 NaN 或无穷大</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Went back to an earlier epoch</source>
        <translation>回到了较早的轮次</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>二分类</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>多分类</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>设置更改</translation>
    </message>
    <message>
        <source>early_stop</source>
        <translation>早停</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>恢复权重</translation>
    </message>
    <message>
        <source>lr_reduced</source>
        <translation>学习率降低</translation>
    </message>
    <message>
        <source>rewound</source>
        <translation>回到较早的轮次</translation>
    </message>
    <message>
        <source>nonfinite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>网络内部</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{k}-fold cross-validation</source>
        <translation>{k} 折交叉验证</translation>
    </message>
    <message>
        <source>, repeated {repeats} times</source>
        <translation>，重复 {repeats} 次</translation>
    </message>
    <message>
        <source>hold-out: the validation part of the split</source>
        <translation>留出法：使用划分出的验证部分</translation>
    </message>
    <message>
        <source>{training} training / {validation} validation</source>
        <translation>训练 {training} / 验证 {validation}</translation>
    </message>
    <message>
        <source>, after {holdout} kept aside as a held-out test set</source>
        <translation>，此前已留出 {holdout} 作为留出测试集</translation>
    </message>
    <message>
        <source>not shuffled</source>
        <translation>未打乱</translation>
    </message>
    <message>
        <source>stratified</source>
        <translation>分层划分</translation>
    </message>
    <message>
        <source>imported {kind}</source>
        <translation>导入的 {kind}</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>问题类型</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>features</source>
        <translation>特征</translation>
    </message>
    <message>
        <source>split</source>
        <translation>划分</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>the inputs themselves (an autoencoder)</source>
        <translation>输入本身（自编码器）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>输入缩放</translation>
    </message>
    <message>
        <source>word numbers</source>
        <translation>词编号</translation>
    </message>
    <message>
        <source>a bag of words</source>
        <translation>词袋</translation>
    </message>
    <message>
        <source>text as</source>
        <translation>文本表示</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>a sequential stack</source>
        <translation>顺序堆叠</translation>
    </message>
    <message>
        <source>branched (functional)</source>
        <translation>有分支（函数式）</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>参数数</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>结构</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>回调函数</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证方式</translation>
    </message>
    <message>
        <source>class weight</source>
        <translation>类别权重</translation>
    </message>
    <message>
        <source>{penalty} bias {rate}</source>
        <translation>{penalty} 偏置 {rate}</translation>
    </message>
    <message>
        <source>{penalty} act. {rate}</source>
        <translation>{penalty} 激活 {rate}</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已冻结</translation>
    </message>
    <message>
        <source>extra output</source>
        <translation>额外输出</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <source>{ending} ({epochs} epochs)</source>
        <translation>{ending}（共 {epochs} 轮）</translation>
    </message>
    <message>
        <source>{ending} at epoch {epoch} of {epochs}</source>
        <translation>{ending}（第 {epoch} 轮，共 {epochs} 轮）</translation>
    </message>
    <message>
        <source>{ending} at epoch {epoch}</source>
        <translation>{ending}（第 {epoch} 轮）</translation>
    </message>
    <message>
        <source>{ending}: {why}</source>
        <translation>{ending}：{why}</translation>
    </message>
    <message>
        <source>{ending}. {then}</source>
        <translation>{ending}。{then}</translation>
    </message>
    <message>
        <source>No layers.</source>
        <translation>没有层。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>输出形状</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>No epochs trained.</source>
        <translation>还没有训练任何一轮。</translation>
    </message>
    <message>
        <source>Training (final)</source>
        <translation>训练（最终）</translation>
    </message>
    <message>
        <source>Validation (final)</source>
        <translation>验证（最终）</translation>
    </message>
    <message>
        <source>Best validation</source>
        <translation>最佳验证</translation>
    </message>
    <message>
        <source>at epoch</source>
        <translation>所在轮次</translation>
    </message>
    <message>
        <source>Held-out test</source>
        <translation>留出测试</translation>
    </message>
    <message>
        <source>final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <source>held-out {measure}</source>
        <translation>留出测试 {measure}</translation>
    </message>
    <message>
        <source>Nothing happened along the way.</source>
        <translation>训练过程中没有发生任何事件。</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 轮</translation>
    </message>
    <message>
        <source>{shown} of {total} epochs, evenly spaced.</source>
        <translation>共 {total} 轮，均匀选取其中 {shown} 轮显示。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} 层</translation>
    </message>
    <message>
        <source>{optimizer} lr {lr}</source>
        <translation>{optimizer} 学习率 {lr}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>批大小 {size}</translation>
    </message>
    <message>
        <source>{dataset} experiment</source>
        <translation>{dataset} 实验</translation>
    </message>
    <message>
        <source>Neural-network playground report · {date}</source>
        <translation>神经网络游乐场报告 · {date}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>History</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <source>Made with the neural-network playground</source>
        <translation>由神经网络游乐场生成</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>must be a list of runs</source>
        <translation>必须是由运行记录组成的列表</translation>
    </message>
    <message>
        <source>must look like {&quot;number&quot;: 1, &quot;experiment&quot;: {...}, &quot;rows&quot;: [...]}</source>
        <translation>格式应类似 {&quot;number&quot;: 1, &quot;experiment&quot;: {...}, &quot;rows&quot;: [...]}</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>必须是由行组成的列表</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>steps (batches) over which the rate decays once</source>
        <translation>学习率完成一次衰减所经历的步数（批次数）</translation>
    </message>
    <message>
        <source>decay in jumps: ⌊step / decay_steps⌋ instead of step / decay_steps</source>
        <translation>阶梯式衰减：用 ⌊step / decay_steps⌋ 代替 step / decay_steps</translation>
    </message>
    <message>
        <source>the lowest rate, as a fraction of the rate the cosine starts from</source>
        <translation>最低学习率，以余弦起始学习率的比例表示</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>阶梯衰减</translation>
    </message>
    <message>
        <source>each drop multiplies the rate by this</source>
        <translation>每次下降时学习率乘以此值</translation>
    </message>
    <message>
        <source>epochs between drops; with the book&apos;s 1 + epoch the first drop comes one epoch early</source>
        <translation>两次下降之间的轮数；按书中 1 + epoch 的写法，第一次下降会提前一轮</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>指数衰减</translation>
    </message>
    <message>
        <source>the rate is multiplied by this every decay_steps steps</source>
        <translation>每经过 decay_steps 步，学习率乘以此值</translation>
    </message>
    <message>
        <source>Natural exponential decay</source>
        <translation>自然指数衰减</translation>
    </message>
    <message>
        <source>the rate is multiplied by e^−decay_rate every decay_steps</source>
        <translation>每经过 decay_steps 步，学习率乘以 e^−decay_rate</translation>
    </message>
    <message>
        <source>Inverse time decay</source>
        <translation>逆时间衰减</translation>
    </message>
    <message>
        <source>the divisor grows by this every decay_steps steps</source>
        <translation>每经过 decay_steps 步，除数增加此值</translation>
    </message>
    <message>
        <source>Polynomial decay</source>
        <translation>多项式衰减</translation>
    </message>
    <message>
        <source>the rate reached after decay_steps steps</source>
        <translation>decay_steps 步之后达到的学习率</translation>
    </message>
    <message>
        <source>1: a straight line; 2: a parabola; 0.5: a square root</source>
        <translation>1：直线；2：抛物线；0.5：平方根</translation>
    </message>
    <message>
        <source>after decay_steps start again, over the next multiple of decay_steps: ⌈step / decay_steps⌉</source>
        <translation>到达 decay_steps 后重新开始，跨度为下一个 decay_steps 的倍数：⌈step / decay_steps⌉</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>余弦衰减</translation>
    </message>
    <message>
        <source>empty: no warm-up. Otherwise the rate rises in a straight line from lr₀ to this over warmup_steps steps, and the cosine then decays from this (not from lr₀)</source>
        <translation>留空：不预热。否则学习率在 warmup_steps 步内从 lr₀ 线性升到此值，之后余弦从此值（而不是 lr₀）开始衰减</translation>
    </message>
    <message>
        <source>steps of warm-up before the cosine decay (only with a warmup_target)</source>
        <translation>余弦衰减之前的预热步数（仅在设置了 warmup_target 时有效）</translation>
    </message>
    <message>
        <source>Cosine decay with restarts</source>
        <translation>带重启的余弦衰减</translation>
    </message>
    <message>
        <source>steps (batches) of the first cosine period</source>
        <translation>第一个余弦周期的步数（批次数）</translation>
    </message>
    <message>
        <source>each period lasts this many times longer than the one before</source>
        <translation>每个周期的长度为前一个周期的此倍数</translation>
    </message>
    <message>
        <source>each restart starts this many times lower than the one before</source>
        <translation>每次重启的起始学习率为前一次的此倍数（更低）</translation>
    </message>
    <message>
        <source>the lowest rate, as a fraction of lr₀ (the same in every period)</source>
        <translation>最低学习率，以 lr₀ 的比例表示（每个周期都相同）</translation>
    </message>
    <message>
        <source>Piecewise constant</source>
        <translation>分段常数</translation>
    </message>
    <message>
        <source>the steps after which the rate changes, increasing, e.g. 5000, 10000</source>
        <translation>学习率发生变化的步数，按递增顺序，例如 5000, 10000</translation>
    </message>
    <message>
        <source>the rates themselves (lr₀ is not used), one more than boundaries, e.g. 0.01, 0.001, 0.0001</source>
        <translation>各段的学习率本身（不使用 lr₀），个数比 boundaries 多一个，例如 0.01, 0.001, 0.0001</translation>
    </message>
    <message>
        <source>after patience epochs without improving monitor by min_delta: lr ← max(lr · factor, min_lr)</source>
        <translation>monitor 连续 patience 轮没有改进至少 min_delta 后：lr ← max(lr · factor, min_lr)</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;ExponentialDecay&quot;, &quot;config&quot;: {...}} or be null</source>
        <translation>格式应类似 {&quot;class_name&quot;: &quot;ExponentialDecay&quot;, &quot;config&quot;: {...}}，或者为 null</translation>
    </message>
    <message>
        <source>unknown schedule {name!r}; the schedules: {known}</source>
        <translation>未知的调度 {name!r}；可用的调度：{known}</translation>
    </message>
    <message>
        <source>needs at least one boundary</source>
        <translation>至少需要一个边界</translation>
    </message>
    <message>
        <source>must increase: {b} comes after {a}</source>
        <translation>必须递增：{b} 排在 {a} 之后</translation>
    </message>
    <message>
        <source>needs one value more than boundaries: {needed} for {boundaries} boundaries, got {got}</source>
        <translation>值的个数需要比边界多一个：{boundaries} 个边界需要 {needed} 个值，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a dict of {keys}, got {plateau}</source>
        <translation>必须是包含 {keys} 的字典，收到的是 {plateau}</translation>
    </message>
    <message>
        <source>the initial rate is the optimizer&apos;s learning_rate: leave initial_learning_rate out</source>
        <translation>初始学习率就是优化器的 learning_rate：请去掉 initial_learning_rate</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: {known}</source>
        <translation>{name} 没有设置项 {key!r}；它的设置项：{known}</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>必须是 true 或 false，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>必须是 {choices} 之一，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>必须是 {low} 到 {high} 之间的整数，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers from {low} to {high}, got {value}</source>
        <translation>必须是由 {low} 到 {high} 之间的整数组成的列表，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of numbers from {low:g} to {high:g}, got {value}</source>
        <translation>必须是由 {low:g} 到 {high:g} 之间的数组成的列表，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, or empty (null) for none, got {value}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的数，或者留空（null）表示不设置，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {value}</source>
        <translation>必须是 {low:g} 到 {high:g} 之间的数，收到的是 {value}</translation>
    </message>
    <message>
        <source>Constant: {lr0}</source>
        <translation>恒定：{lr0}</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps, power {power}, then again over each next multiple</source>
        <translation>{label}：在 {steps} 步内从 {lr0} 变到 {end}，幂次 {power}，之后在下一个倍数的区间内重复</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps, power {power}</source>
        <translation>{label}：在 {steps} 步内从 {lr0} 变到 {end}，幂次 {power}</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps</source>
        <translation>{label}：在 {steps} 步内从 {lr0} 变到 {end}</translation>
    </message>
    <message>
        <source>{label}: warm-up from {lr0} to {target} over {warmup_steps} steps, then down to {end} over {steps} steps</source>
        <translation>{label}：在 {warmup_steps} 步内从 {lr0} 预热到 {target}，然后在 {steps} 步内降到 {end}</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps, then again, each period {t_mul}× as long and {m_mul}× as high</source>
        <translation>{label}：在 {steps} 步内从 {lr0} 变到 {end}，然后重复，每个周期的长度为前一个的 {t_mul}×，高度为前一个的 {m_mul}×</translation>
    </message>
    <message>
        <source>{value} up to step {step}</source>
        <translation>第 {step} 步之前为 {value}</translation>
    </message>
    <message>
        <source>{label}: {parts}, then {last}</source>
        <translation>{label}：{parts}，之后为 {last}</translation>
    </message>
    <message>
        <source>epochs_drop and steps_per_epoch must be &gt; 0, got {epochs_drop} and {steps}</source>
        <translation>epochs_drop 和 steps_per_epoch 必须 &gt; 0，收到的是 {epochs_drop} 和 {steps}</translation>
    </message>
    <message>
        <source>decay_steps must be &gt; 0, got {steps}</source>
        <translation>decay_steps 必须 &gt; 0，收到的是 {steps}</translation>
    </message>
</context>
<context>
    <name>serialization</name>
    <message>
        <source>refers to module {module!r}; only built-in Keras objects are allowed</source>
        <translation>引用了模块 {module!r}；只允许使用 Keras 内置的对象</translation>
    </message>
    <message>
        <source>refers to custom object {name!r}; only built-in Keras objects are allowed</source>
        <translation>引用了自定义对象 {name!r}；只允许使用 Keras 内置的对象</translation>
    </message>
    <message>
        <source>may not contain code (Lambda layers or functions)</source>
        <translation>不能包含代码（Lambda 层或函数）</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>TerminateOnNaN: the loss is not a number</source>
        <translation>TerminateOnNaN：损失不是数值</translation>
    </message>
    <message>
        <source>EarlyStopping restored the weights of epoch {epoch}, the best {monitor}</source>
        <translation>EarlyStopping 恢复了第 {epoch} 轮的权重，即 {monitor} 最佳的一轮</translation>
    </message>
    <message>
        <source>EarlyStopping: {monitor} has not improved for {patience} epochs (best at epoch {best})</source>
        <translation>EarlyStopping：{monitor} 已连续 {patience} 轮没有改进（最佳为第 {best} 轮）</translation>
    </message>
    <message>
        <source>ReduceLROnPlateau: learning rate lowered to {rate:.3g}</source>
        <translation>ReduceLROnPlateau：学习率已降低到 {rate:.3g}</translation>
    </message>
    <message>
        <source>The autosaved weights do not fit this model: the run is kept under Runs.</source>
        <translation>自动保存的权重与这个模型不匹配：这次运行已保存在“运行记录”中。</translation>
    </message>
    <message>
        <source>went back to epoch {epoch}</source>
        <translation>回到了第 {epoch} 轮</translation>
    </message>
    <message>
        <source>learning rate {old:.3g} → {new:.3g}</source>
        <translation>学习率 {old:.3g} → {new:.3g}</translation>
    </message>
    <message>
        <source>optimizer {old} → {new}</source>
        <translation>优化器 {old} → {new}</translation>
    </message>
    <message>
        <source>schedule: {schedule}</source>
        <translation>学习率调度：{schedule}</translation>
    </message>
    <message>
        <source>callbacks: {names}</source>
        <translation>回调函数：{names}</translation>
    </message>
    <message>
        <source>callbacks: none</source>
        <translation>回调函数：无</translation>
    </message>
    <message>
        <source>training settings changed</source>
        <translation>训练设置已更改</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>loss</source>
        <translation>损失函数</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>class weight</source>
        <translation>类别权重</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>回调函数</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>验证方式</translation>
    </message>
</context>
<context>
    <name>sweeps</name>
    <message>
        <source>K-fold needs at least 2 folds, got {k}</source>
        <translation>K 折至少需要 2 折，收到的是 {k}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got {got}</source>
        <translation>必须是 ≥ 1 的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>is {k} but there are only {n} samples to split: lower k or use more samples</source>
        <translation>为 {k}，但只有 {n} 个样本可供划分：请减小 k 或使用更多样本</translation>
    </message>
    <message>
        <source>class {name!r} has only {count} samples, fewer than k={k} folds: lower k or turn stratification off</source>
        <translation>类别 {name!r} 只有 {count} 个样本，少于 k={k} 折：请减小 k，或关闭分层划分</translation>
    </message>
    <message>
        <source>each must be above 0 and at most 1, got {got}</source>
        <translation>每个值都必须大于 0 且不超过 1，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be units or layers, got {got}</source>
        <translation>必须是 units 或 layers，收到的是 {got}</translation>
    </message>
    <message>
        <source>a capacity sweep needs a plain stack of layers ending in a Dense output (no branches, Inputs or extra outputs)</source>
        <translation>容量扫描需要一个以 Dense 输出层结尾的简单层堆叠（没有分支、Input 层或额外的输出）</translation>
    </message>
    <message>
        <source>a capacity sweep varies hidden Dense layers, and this model has none: add one</source>
        <translation>容量扫描会改变隐藏 Dense 层，而这个模型一个也没有：请添加一个</translation>
    </message>
    <message>
        <source>{name} ({kind}) sits among the hidden Dense layers: a capacity sweep needs Dense layers with only {between} between them</source>
        <translation>{name}（{kind}）位于隐藏 Dense 层之间：容量扫描要求 Dense 层之间只能有 {between}</translation>
    </message>
    <message>
        <source>units must be whole numbers ≥ 1, got {got}</source>
        <translation>units 必须是 ≥ 1 的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>layer counts must be whole numbers ≥ 0, got {got}</source>
        <translation>层数必须是 ≥ 0 的整数，收到的是 {got}</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>TensorFlow Playground MLP (circle)</source>
        <translation>TensorFlow Playground 式 MLP（圆形）</translation>
    </message>
    <message>
        <source>Deep MLP, 10 × 100 units (digits)</source>
        <translation>深层 MLP，10 × 100 个单元（数字）</translation>
    </message>
    <message>
        <source>LeNet-style CNN (digits)</source>
        <translation>LeNet 式 CNN（数字）</translation>
    </message>
    <message>
        <source>Small VGG-style CNN with batch norm and dropout (shapes)</source>
        <translation>带批标准化和 Dropout 的小型 VGG 式 CNN（形状）</translation>
    </message>
    <message>
        <source>Residual block: branch and Add (digits)</source>
        <translation>残差块：分支与 Add（数字）</translation>
    </message>
    <message>
        <source>Two inputs, two outputs: functional API (circle)</source>
        <translation>双输入、双输出：函数式 API（圆形）</translation>
    </message>
    <message>
        <source>LSTM sequence classifier (sequences)</source>
        <translation>LSTM 序列分类器（序列）</translation>
    </message>
    <message>
        <source>Embedding + GRU sentiment (reviews)</source>
        <translation>Embedding + GRU 情感分类（评论）</translation>
    </message>
    <message>
        <source>Dense autoencoder (digits)</source>
        <translation>Dense 自编码器（数字）</translation>
    </message>
    <message>
        <source>Transfer learning: MobileNetV2 features (shapes)</source>
        <translation>迁移学习：MobileNetV2 特征（形状）</translation>
    </message>
</context>
<context>
    <name>tf_link</name>
    <message>
        <source>must be a percent from 0 to {most}, got {got}</source>
        <translation>必须是 0 到 {most} 之间的百分数，收到的是 {got}</translation>
    </message>
    <message>
        <source>the dataset {name} (the link names circle instead)</source>
        <translation>数据集 {name}（链接中改为 circle）</translation>
    </message>
    <message>
        <source>layers other than Dense: {kinds}</source>
        <translation>Dense 以外的层：{kinds}</translation>
    </message>
    <message>
        <source>the hidden layers&apos; activations {names}</source>
        <translation>隐藏层的激活函数 {names}</translation>
    </message>
    <message>
        <source>regularization that differs between layers or mixes L1 and L2</source>
        <translation>各层不同或混用 L1 与 L2 的正则化</translation>
    </message>
    <message>
        <source>the optimizer {name} (the link trains with plain SGD)</source>
        <translation>优化器 {name}（链接使用普通 SGD 训练）</translation>
    </message>
    <message>
        <source>how the weights start (the link starts them uniform in ±0.5, biases at 0.1)</source>
        <translation>权重的初始化方式（链接在 ±0.5 内均匀初始化权重，偏置为 0.1）</translation>
    </message>
    <message>
        <source>an output layer of more than one unit</source>
        <translation>多于一个单元的输出层</translation>
    </message>
    <message>
        <source>{n} samples (the link draws {theirs})</source>
        <translation>{n} 个样本（链接生成 {theirs} 个）</translation>
    </message>
    <message>
        <source>a held-out test set</source>
        <translation>留出的测试集</translation>
    </message>
    <message>
        <source>the loss {loss}</source>
        <translation>损失函数 {loss}</translation>
    </message>
    <message>
        <source>the learning-rate schedule</source>
        <translation>学习率调度</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>回调函数</translation>
    </message>
    <message>
        <source>K-fold validation</source>
        <translation>K 折验证</translation>
    </message>
    <message>
        <source>class weights</source>
        <translation>类别权重</translation>
    </message>
    <message>
        <source>the trained weights the model starts from</source>
        <translation>模型起始时已训练的权重</translation>
    </message>
    <message>
        <source>silenced units</source>
        <translation>已屏蔽的单元</translation>
    </message>
    <message>
        <source>hidden controls it has no switch for: {names}</source>
        <translation>链接没有对应开关的隐藏控件：{names}</translation>
    </message>
    <message>
        <source>has no #… part with the settings: copy the whole address from the browser&apos;s address bar</source>
        <translation>没有包含设置的 #… 部分：请从浏览器地址栏复制完整地址</translation>
    </message>
    <message>
        <source>its #… part holds no settings (key=value pairs)</source>
        <translation>它的 #… 部分不含任何设置（key=value 对）</translation>
    </message>
    <message>
        <source>unknown value {got}; TensorFlow Playground&apos;s are {choices}</source>
        <translation>未知的值 {got}；TensorFlow Playground 的取值为 {choices}</translation>
    </message>
    <message>
        <source>must be a number, got {got}</source>
        <translation>必须是数字，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a whole number from 1, got {got}</source>
        <translation>必须是从 1 起的整数，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>必须是 true 或 false，收到的是 {got}</translation>
    </message>
</context>
<context>
    <name>tf_links</name>
    <message>
        <source>Open TensorFlow Playground link…</source>
        <translation>打开 TensorFlow Playground 链接…</translation>
    </message>
    <message>
        <source>Paste TensorFlow Playground link</source>
        <translation>粘贴 TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>Copy as TensorFlow Playground link</source>
        <translation>复制为 TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>Open TensorFlow Playground link</source>
        <translation>打开 TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>The address of a TensorFlow Playground page (https://playground.tensorflow.org/#…):</source>
        <translation>TensorFlow Playground 页面的地址（https://playground.tensorflow.org/#…）：</translation>
    </message>
    <message>
        <source>The clipboard holds no TensorFlow Playground link.</source>
        <translation>剪贴板中没有 TensorFlow Playground 链接。</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>无法打开链接</translation>
    </message>
    <message>
        <source>This TensorFlow Playground link cannot be opened.

{0}</source>
        <translation>无法打开这个 TensorFlow Playground 链接。

{0}</translation>
    </message>
    <message>
        <source>TensorFlow Playground link</source>
        <translation>TensorFlow Playground 链接</translation>
    </message>
    <message>
        <source>Opened the TensorFlow Playground link. Its learning rate {0:g} is {1:g} here: Keras&apos;s squared error is twice its ½(y − t)², so half the rate takes the same steps.</source>
        <translation>已打开 TensorFlow Playground 链接。它的学习率 {0:g} 在这里是 {1:g}：Keras 的平方误差是它的 ½(y − t)² 的两倍，所以学习率减半才走出同样的步子。</translation>
    </message>
    <message>
        <source>Not used here: {0}.</source>
        <translation>此处未使用：{0}。</translation>
    </message>
    <message>
        <source>Copied the TensorFlow Playground link; it cannot say: {0}</source>
        <translation>已复制 TensorFlow Playground 链接；链接无法表达：{0}</translation>
    </message>
    <message>
        <source>Copied the TensorFlow Playground link.</source>
        <translation>已复制 TensorFlow Playground 链接。</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>{name}&apos;s ImageNet weights are not on this computer: press Download weights in the layer&apos;s properties (about {mb:.0f} MB), or copy {file} into {folder}.</source>
        <translation>本机上还没有 {name} 的 ImageNet 权重：请在该层的“属性”中按“下载权重”（约 {mb:.0f} MB），或者将 {file} 复制到 {folder}。</translation>
    </message>
    <message>
        <source>{name}: {path} cannot be read as {application}&apos;s weights ({error}): delete it and press Download weights again</source>
        <translation>{name}：{path} 无法作为 {application} 的权重读取（{error}）：请删除它，然后重新按“下载权重”</translation>
    </message>
    <message>
        <source>Could not download {application}&apos;s ImageNet weights ({size}) from {host}: {reason}. Check the internet connection and try again, or copy {file} into {folder}.</source>
        <translation>无法从 {host} 下载 {application} 的 ImageNet 权重（{size}）：{reason}。请检查网络连接后重试，或者将 {file} 复制到 {folder}。</translation>
    </message>
</context>
<context>
    <name>weight_commands</name>
    <message>
        <source>layer {layer}: bias of neuron {unit} set to {value:.4g}</source>
        <translation>层 {layer}：神经元 {unit} 的偏置设为 {value:.4g}</translation>
    </message>
    <message>
        <source>layer {layer}: weight {row}→{col} set to {value:.4g}</source>
        <translation>层 {layer}：权重 {row}→{col} 设为 {value:.4g}</translation>
    </message>
</context>
<context>
    <name>weight_edits</name>
    <message>
        <source>{value} cannot be a weight: it takes a number from {low} to {high}</source>
        <translation>{value} 不能作为权重：权重必须是 {low} 到 {high} 之间的数</translation>
    </message>
    <message>
        <source>Layer {name} has no biases (use_bias is off)</source>
        <translation>层 {name} 没有偏置（use_bias 已关闭）</translation>
    </message>
</context>
</TS>
