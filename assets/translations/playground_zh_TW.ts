<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>QtAboutDialog</name>
    <message>
        <source>(loading…)</source>
        <translation>（載入中…）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系統</translation>
    </message>
    <message>
        <source>About the Neural Network Playground</source>
        <translation>關於神經網路遊樂場</translation>
    </message>
    <message>
        <source>Click a network together, press Play, and watch a real Keras model learn: curves, decision boundaries, activations and filters, live.</source>
        <translation>動手拼出一個網路，按下「播放」，即時觀看真正的 Keras 模型如何學習：曲線、決策邊界、激活值與過濾器。</translation>
    </message>
    <message>
        <source>Neural Network Playground</source>
        <translation>神經網路遊樂場</translation>
    </message>
</context>
<context>
    <name>QtAutosave</name>
    <message>
        <source>Autosave failed: {0} Your work is still here; it is tried again every few seconds.</source>
        <translation>自動儲存失敗：{0} 你的工作仍在這裡；每隔幾秒會再試一次。</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>自動儲存已恢復正常。</translation>
    </message>
</context>
<context>
    <name>QtBoundaryView</name>
    <message>
        <source>Show test data</source>
        <translation>顯示測試資料</translation>
    </message>
    <message>
        <source>The output map shows what the model answers over the plane of 2-D data.

This data has no plane to draw: follow the loss and accuracy curves.</source>
        <translation>輸出圖呈現模型在二維資料平面上各處的回答。

這份資料沒有可繪製的平面：請觀察損失與準確率曲線。</translation>
    </message>
</context>
<context>
    <name>QtCallbacksDialog</name>
    <message>
        <source>Callbacks</source>
        <translation>回呼函式</translation>
    </message>
    <message>
        <source>Keras calls these at the end of every epoch (Stop on NaN: after every batch).</source>
        <translation>Keras 會在每個訓練週期結束時呼叫這些函式（遇到 NaN 即停止：則是在每個批次之後）。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Choose the .keras file to save the model to</source>
        <translation>選擇要儲存模型的 .keras 檔案</translation>
    </message>
    <message>
        <source>A relative path is relative to the experiment file&apos;s folder.</source>
        <translation>相對路徑是以實驗檔案所在的資料夾為基準。</translation>
    </message>
    <message>
        <source>Save the best model as</source>
        <translation>將最佳模型儲存為</translation>
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
        <translation>真實類別</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>預測類別</translation>
    </message>
    <message>
        <source>true {true}, predicted {predicted}: {count} of {total} samples</source>
        <translation>真實 {true}，預測 {predicted}：{total} 個樣本中有 {count} 個</translation>
    </message>
</context>
<context>
    <name>QtControlsDialog</name>
    <message>
        <source>Show or hide controls</source>
        <translation>顯示或隱藏控制項</translation>
    </message>
    <message>
        <source>Untick what this experiment should not show: a lesson shows only what matters. The choice is saved in the experiment file.</source>
        <translation>取消勾選這個實驗不該顯示的項目：讓課程只呈現重點。這項選擇會儲存在實驗檔案中。</translation>
    </message>
</context>
<context>
    <name>QtCsvDialog</name>
    <message>
        <source>Classification (classes)</source>
        <translation>分類（類別）</translation>
    </message>
    <message>
        <source>Regression (a number)</source>
        <translation>迴歸（一個數值）</translation>
    </message>
    <message>
        <source>Import %s</source>
        <translation>匯入 %s</translation>
    </message>
    <message>
        <source>%d rows, %d columns. The first rows:</source>
        <translation>%d 列，%d 欄。前幾列：</translation>
    </message>
    <message>
        <source>Target column (what to predict):</source>
        <translation>目標欄（要預測的對象）：</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>問題類型：</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>缺失值：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>numbers with many values: regression</source>
        <translation>數值種類很多：迴歸</translation>
    </message>
    <message>
        <source>%d classes: classification</source>
        <translation>%d 個類別：分類</translation>
    </message>
    <message>
        <source>Detected for %s: %s.</source>
        <translation>%s 的偵測結果：%s。</translation>
    </message>
    <message>
        <source>Text columns one-hot encoded: %s.</source>
        <translation>已做 one-hot 編碼的文字欄：%s。</translation>
    </message>
    <message>
        <source>Left out (a different text in nearly every row, like a name): %s.</source>
        <translation>已略過（幾乎每一列的文字都不同，例如姓名）：%s。</translation>
    </message>
    <message>
        <source>Missing values: %s.</source>
        <translation>缺失值：%s。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
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
        <translation>圖片資料夾（每個類別一個子資料夾）…</translation>
    </message>
    <message>
        <source>NumPy arrays (.npz)…</source>
        <translation>NumPy 陣列 (.npz)…</translation>
    </message>
    <message>
        <source>Which dataset?</source>
        <translation>要用哪個資料集？</translation>
    </message>
    <message>
        <source>Import your own data…</source>
        <translation>匯入自己的資料…</translation>
    </message>
    <message>
        <source>The Keras book&apos;s datasets (keras.datasets): downloaded once on request, then read offline</source>
        <translation>Keras 書中的資料集（keras.datasets）：需要時下載一次，之後離線讀取</translation>
    </message>
    <message>
        <source>Learn the labels</source>
        <translation>學習標籤</translation>
    </message>
    <message>
        <source>Rebuild the inputs (autoencoder)</source>
        <translation>重建輸入（自動編碼器）</translation>
    </message>
    <message>
        <source>An autoencoder learns to output its own input through a narrow middle layer</source>
        <translation>自動編碼器透過狹窄的中間層，學習輸出與自己的輸入相同的內容</translation>
    </message>
    <message>
        <source>Training data:</source>
        <translation>訓練資料：</translation>
    </message>
    <message>
        <source>Noise:</source>
        <translation>雜訊：</translation>
    </message>
    <message>
        <source>Samples:</source>
        <translation>樣本數：</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>New random points (and new initial weights)</source>
        <translation>新的隨機資料點（以及新的初始權重）</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>Which properties do you want to feed in?</source>
        <translation>要把哪些特性當作輸入？</translation>
    </message>
    <message>
        <source>Preprocessing and split</source>
        <translation>前處理與切分</translation>
    </message>
    <message>
        <source>Fitted on the training data only, then applied to every part</source>
        <translation>只用訓練資料來擬合，再套用到每一部分</translation>
    </message>
    <message>
        <source>Scale inputs:</source>
        <translation>輸入縮放：</translation>
    </message>
    <message>
        <source>word numbers, padded (for Embedding)</source>
        <translation>單字編號，已填補（用於 Embedding）</translation>
    </message>
    <message>
        <source>multi-hot bag of words (for Dense)</source>
        <translation>multi-hot 詞袋（用於 Dense）</translation>
    </message>
    <message>
        <source>Keras book: integer sequences for Embedding, or vectorize_sequences</source>
        <translation>Keras 書中的做法：給 Embedding 的整數序列，或 vectorize_sequences</translation>
    </message>
    <message>
        <source>Text as:</source>
        <translation>文字轉為：</translation>
    </message>
    <message>
        <source>Kept aside and never trained or tuned on; evaluated when training stops or pauses</source>
        <translation>另外保留，從不用來訓練或調整；在訓練停止或暫停時評估</translation>
    </message>
    <message>
        <source>Held-out test set:</source>
        <translation>保留測試集：</translation>
    </message>
    <message>
        <source>Shuffle before splitting</source>
        <translation>切分前先打亂</translation>
    </message>
    <message>
        <source>Off: the split takes the rows in order, like Keras&apos;s validation_split</source>
        <translation>關閉時：依序取各列來切分，與 Keras 的 validation_split 相同</translation>
    </message>
    <message>
        <source>Stratified split</source>
        <translation>分層切分</translation>
    </message>
    <message>
        <source>Each part keeps the classes&apos; proportions (scikit-learn&apos;s stratify)</source>
        <translation>每一部分都保持各類別的比例（scikit-learn 的 stratify）</translation>
    </message>
    <message>
        <source>Balanced class weights</source>
        <translation>平衡類別權重</translation>
    </message>
    <message>
        <source>Each class counts as much in the loss: weight = samples / (classes × count)</source>
        <translation>每個類別在損失中的份量相同：權重 = 樣本數 / (類別數 × 該類別數量)</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>匯入 {0}</translation>
    </message>
    <message>
        <source>Cannot read the data: %s</source>
        <translation>無法讀取資料：%s</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>Held-out</source>
        <translation>保留集</translation>
    </message>
    <message>
        <source>The classes are imbalanced: balanced class weights may help the rare ones.</source>
        <translation>類別不平衡：平衡類別權重可能對少數類別有幫助。</translation>
    </message>
    <message>
        <source>Imported: %s</source>
        <translation>匯入：%s</translation>
    </message>
    <message>
        <source>Warning: %s.</source>
        <translation>警告：%s。</translation>
    </message>
    <message>
        <source>Choose {0}</source>
        <translation>選擇 {0}</translation>
    </message>
    <message>
        <source>Keras book datasets…</source>
        <translation>Keras 書中的資料集…</translation>
    </message>
    <message>
        <source>{name} (download {size} MB)</source>
        <translation>{name}（需下載 {size} MB）</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>encoding</source>
        <translation>編碼</translation>
    </message>
    <message>
        <source>shuffle</source>
        <translation>打亂</translation>
    </message>
    <message>
        <source>stratify</source>
        <translation>分層</translation>
    </message>
    <message>
        <source>holdout</source>
        <translation>保留測試集</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>train fraction</source>
        <translation>訓練資料比例</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>變更{0}</translation>
    </message>
    <message>
        <source>Change class weights</source>
        <translation>變更類別權重</translation>
    </message>
    <message>
        <source>Choose the {0} data</source>
        <translation>選擇 {0} 資料</translation>
    </message>
    <message>
        <source>Rebuild the inputs</source>
        <translation>重建輸入</translation>
    </message>
    <message>
        <source>Choose input features</source>
        <translation>選擇輸入特徵</translation>
    </message>
    <message>
        <source>Labels: class numbers 0–{last} (the loss is sparse_categorical_crossentropy)</source>
        <translation>標籤：類別編號 0–{last}（損失函數為 sparse_categorical_crossentropy）</translation>
    </message>
    <message>
        <source>Labels: one-hot rows of {n} (the loss is {loss})</source>
        <translation>標籤：長度 {n} 的 one-hot 列（損失函數為 {loss}）</translation>
    </message>
    <message>
        <source>Drawn by hand: {n} points with values (regression); draw on the output plane</source>
        <translation>手繪：{n} 個帶數值的資料點（迴歸）；在輸出平面上繪製</translation>
    </message>
    <message>
        <source>Drawn by hand: {n} points of {classes} classes; draw on the output plane</source>
        <translation>手繪：{n} 個分屬 {classes} 個類別的資料點；在輸出平面上繪製</translation>
    </message>
    <message>
        <source>Drawn by hand: {n} points of two classes; draw on the output plane</source>
        <translation>手繪：{n} 個分屬兩個類別的資料點；在輸出平面上繪製</translation>
    </message>
    <message>
        <source>Imported: {file} — target {target}, a number to predict (regression); inputs {shape}</source>
        <translation>匯入：{file} — 目標 {target}，要預測一個數值（迴歸）；輸入 {shape}</translation>
    </message>
    <message>
        <source>Imported: {file} — a number to predict (regression); inputs {shape}</source>
        <translation>匯入：{file} — 要預測一個數值（迴歸）；輸入 {shape}</translation>
    </message>
    <message>
        <source>Imported: {file} — target {target}, {n} classes ({classes}); inputs {shape}</source>
        <translation>匯入：{file} — 目標 {target}，{n} 個類別（{classes}）；輸入 {shape}</translation>
    </message>
    <message>
        <source>Imported: {file} — {n} classes ({classes}); inputs {shape}</source>
        <translation>匯入：{file} — {n} 個類別（{classes}）；輸入 {shape}</translation>
    </message>
</context>
<context>
    <name>QtDoctorView</name>
    <message>
        <source>Train a little: the doctor looks at the curves and the layers as the run goes.</source>
        <translation>先訓練一下：診斷功能會在訓練進行時檢查曲線與各層。</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>試試看：</translation>
    </message>
    <message>
        <source>(epoch {0})</source>
        <translation>（第 {0} 個訓練週期）</translation>
    </message>
</context>
<context>
    <name>QtDrawTab</name>
    <message>
        <source>Pen</source>
        <translation>畫筆</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Undo stroke</source>
        <translation>復原一筆</translation>
    </message>
    <message>
        <source>Take back the last stroke, clear or picture (Ctrl+Z on the pad)</source>
        <translation>復原最近的一筆、清除或圖片（在畫板上按 Ctrl+Z）</translation>
    </message>
    <message>
        <source>Picture…</source>
        <translation>圖片…</translation>
    </message>
    <message>
        <source>Put a picture file on the pad (or drop one on it)</source>
        <translation>把圖片檔案放到畫板上（也可以直接拖放到畫板上）</translation>
    </message>
    <message>
        <source>Click a class&apos;s bar to see where the model looks for it</source>
        <translation>點選某個類別的長條，查看模型在哪裡尋找這個類別</translation>
    </message>
    <message>
        <source>Every layer on the drawing, first to last. Click a map (or a unit) to see what in the drawing drives it; again to go back.</source>
        <translation>每一層對這幅畫的輸出，從第一層到最後一層。點擊一張特徵圖（或一個單元）可查看畫中是什麼在驅動它；再點一次即返回。</translation>
    </message>
    <message>
        <source>the drawing</source>
        <translation>這幅畫</translation>
    </message>
    <message>
        <source>the test sample looked at</source>
        <translation>正在查看的測試樣本</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>微調</translation>
    </message>
    <message>
        <source>Small steps on every pixel, each the way that makes the class more likely, until the model agrees</source>
        <translation>對每個像素做小幅調整，每一步都朝著讓該類別更有可能的方向，直到模型認同為止</translation>
    </message>
    <message>
        <source>Draw on it</source>
        <translation>在上面畫</translation>
    </message>
    <message>
        <source>Put the nudged picture on the pad</source>
        <translation>把微調後的圖片放到畫板上</translation>
    </message>
    <message>
        <source>Make the model see another class: choose it and press Nudge.</source>
        <translation>讓模型看到另一個類別：選擇它，然後按「微調」。</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>讓</translation>
    </message>
    <message>
        <source>look like</source>
        <translation>看起來像</translation>
    </message>
    <message>
        <source>Draw here once a model that sorts pictures into classes is built (a template such as LeNet).</source>
        <translation>建好一個將圖片分類的模型（例如 LeNet 這類範本）後，就可以在這裡繪圖。</translation>
    </message>
    <message>
        <source>Draw a digit or a shape on the pad.</source>
        <translation>在畫板上畫一個數字或形狀。</translation>
    </message>
    <message>
        <source>The model sees “{cls}” ({p:.0%})</source>
        <translation>模型看到的是「{cls}」（{p:.0%}）</translation>
    </message>
    <message>
        <source>What in the drawing drives unit {unit} of {layer} (brighter: a change there moves it more)</source>
        <translation>畫中哪些部分驅動 {layer} 的第 {unit} 個單元（越亮：在那裡改動對它的影響越大）</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer</source>
        <translation>Grad-CAM 需要卷積層</translation>
    </message>
    <message>
        <source>Where the model looked for “{cls}” (layer {layer})</source>
        <translation>模型在哪裡尋找「{cls}」（層：{layer}）</translation>
    </message>
    <message>
        <source>Put a picture on the pad</source>
        <translation>把圖片放到畫板上</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Nudging…</source>
        <translation>正在微調…</translation>
    </message>
    <message>
        <source>Step {i} of {n}: P({cls}) = {p:.0%}</source>
        <translation>第 {i} 步（共 {n} 步）：P({cls}) = {p:.0%}</translation>
    </message>
    <message>
        <source>The model sees “{cls}” ({p:.0%}) after {n} steps; no pixel moved more than {change:.0%} of its range. Red: ink added, blue: ink taken away.</source>
        <translation>{n} 步後，模型看到的是「{cls}」（{p:.0%}）；沒有任何像素的變化超過其範圍的 {change:.0%}。紅色：加上的墨跡，藍色：擦去的墨跡。</translation>
    </message>
    <message>
        <source>After {n} steps the model still does not see “{cls}” (P = {p:.0%}); pixels moved up to {change:.0%} of their range.</source>
        <translation>{n} 步後，模型仍然沒有看到「{cls}」（P = {p:.0%}）；像素的變化最多達到其範圍的 {change:.0%}。</translation>
    </message>
</context>
<context>
    <name>QtDrawing</name>
    <message>
        <source>The drawing pad is for models that sort pictures into classes (digits, shapes…).</source>
        <translation>畫板適用於將圖片分類的模型（數字、形狀…）。</translation>
    </message>
</context>
<context>
    <name>QtExports</name>
    <message>
        <source>Keras model, legacy HDF5 (.h5)…</source>
        <translation>Keras 模型，舊版 HDF5 (.h5)…</translation>
    </message>
    <message>
        <source>Weights (.weights.h5)…</source>
        <translation>權重 (.weights.h5)…</translation>
    </message>
    <message>
        <source>Python script (plain Keras)…</source>
        <translation>Python 程式（純 Keras）…</translation>
    </message>
    <message>
        <source>History (CSV)…</source>
        <translation>訓練歷程 (CSV)…</translation>
    </message>
    <message>
        <source>TensorBoard logs…</source>
        <translation>TensorBoard 記錄檔…</translation>
    </message>
    <message>
        <source>Report (HTML)…</source>
        <translation>報告 (HTML)…</translation>
    </message>
    <message>
        <source>Network picture…</source>
        <translation>神經元圖…</translation>
    </message>
    <message>
        <source>Graph picture…</source>
        <translation>結構圖…</translation>
    </message>
    <message>
        <source>Output picture…</source>
        <translation>輸出圖…</translation>
    </message>
    <message>
        <source>Curves picture…</source>
        <translation>曲線圖…</translation>
    </message>
    <message>
        <source>Inside-the-network picture…</source>
        <translation>網路內部圖…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
    <message>
        <source>This can be exported once the model is built.</source>
        <translation>模型建立後才能匯出。</translation>
    </message>
    <message>
        <source>Export Keras model</source>
        <translation>匯出 Keras 模型</translation>
    </message>
    <message>
        <source>Keras model (*{0})</source>
        <translation>Keras 模型 (*{0})</translation>
    </message>
    <message>
        <source>Export weights</source>
        <translation>匯出權重</translation>
    </message>
    <message>
        <source>Keras weights (*.weights.h5)</source>
        <translation>Keras 權重 (*.weights.h5)</translation>
    </message>
    <message>
        <source>Train a little first: TensorBoard logs hold the run&apos;s epochs.</source>
        <translation>請先訓練一下：TensorBoard 記錄檔存放的是這次執行的各個訓練週期。</translation>
    </message>
    <message>
        <source>Folder for TensorBoard logs</source>
        <translation>TensorBoard 記錄檔的資料夾</translation>
    </message>
    <message>
        <source>Export Python script</source>
        <translation>匯出 Python 程式</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>Wrote {0}: run it with  python {1}</source>
        <translation>已寫入 {0}：執行方式  python {1}</translation>
    </message>
    <message>
        <source>Train a little first: the history has no epochs yet.</source>
        <translation>請先訓練一下：訓練歷程中還沒有任何訓練週期。</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>匯出訓練歷程</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote the history ({0} epochs) to {1}</source>
        <translation>已將訓練歷程（{0} 個訓練週期）寫入 {1}</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>Wrote the report to {0}</source>
        <translation>已將報告寫入 {0}</translation>
    </message>
</context>
<context>
    <name>QtGraphView</name>
    <message>
        <source>{0} params</source>
        <translation>{0} 個參數</translation>
    </message>
    <message>
        <source>{0} parameters</source>
        <translation>{0} 個參數</translation>
    </message>
    <message>
        <source>no parameters</source>
        <translation>沒有參數</translation>
    </message>
    <message>
        <source>output {0}</source>
        <translation>輸出 {0}</translation>
    </message>
    <message>
        <source>{0} → {1}: {2}
right-click to disconnect</source>
        <translation>{0} → {1}：{2}
按右鍵可中斷連接</translation>
    </message>
    <message>
        <source>output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>{0} of the model: {1}</source>
        <translation>模型的{0}：{1}</translation>
    </message>
    <message>
        <source>Disconnect from {0}</source>
        <translation>中斷與 {0} 的連接</translation>
    </message>
</context>
<context>
    <name>QtHelp</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <source>About the playground</source>
        <translation>關於遊樂場</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>播放／暫停</translation>
    </message>
    <message>
        <source>Cannot open the log folder {0}.</source>
        <translation>無法開啟記錄檔資料夾 {0}。</translation>
    </message>
</context>
<context>
    <name>QtImageFolderDialog</name>
    <message>
        <source>as the images are</source>
        <translation>維持原樣</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source>colour (RGB)</source>
        <translation>彩色 (RGB)</translation>
    </message>
    <message>
        <source>Import images from %s</source>
        <translation>從 %s 匯入圖片</translation>
    </message>
    <message>
        <source>%d classes, one per sub-folder: %s</source>
        <translation>%d 個類別，每個子資料夾一類：%s</translation>
    </message>
    <message>
        <source>Resize every image to:</source>
        <translation>將每張圖片縮放為：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色彩：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
</context>
<context>
    <name>QtInsideView</name>
    <message>
        <source>The test sample</source>
        <translation>測試樣本</translation>
    </message>
    <message>
        <source>The test sample the views show</source>
        <translation>各檢視畫面所呈現的測試樣本</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>Activations</source>
        <translation>激活值</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>過濾器</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩陣</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>繪製</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <source>One scale</source>
        <translation>統一色階</translation>
    </message>
    <message>
        <source>One colour scale for the whole layer (compare maps); unticked, each map has its own</source>
        <translation>整層使用同一個色階（方便比較各特徵圖）；不勾選時，每張圖各用自己的色階</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>What excites them?</source>
        <translation>什麼能激發它們？</translation>
    </message>
    <message>
        <source>Finds, by gradient ascent, the input that each filter of this layer responds to most</source>
        <translation>以梯度上升法找出這一層每個過濾器反應最強烈的輸入</translation>
    </message>
    <message>
        <source>Each layer&apos;s output on up to 128 test samples (mean ± standard deviation), and the spread of its weights and of their gradients. Outputs that shrink to zero with depth, or pile up at ±1, learn slowly.</source>
        <translation>每一層在最多 128 個測試樣本上的輸出（平均值 ± 標準差），以及其權重與權重梯度的分布。輸出若隨深度縮小到 0，或堆積在 ±1，學習就會很慢。</translation>
    </message>
    <message>
        <source>Activations across depth</source>
        <translation>各深度的激活值</translation>
    </message>
    <message>
        <source>mean ± std</source>
        <translation>平均值 ± 標準差</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Click a sample to look inside the network with it.</source>
        <translation>點選一個樣本，用它來觀察網路內部。</translation>
    </message>
    <message>
        <source>Export PNG</source>
        <translation>匯出 PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>Train the model to look inside it.</source>
        <translation>訓練模型之後，才能觀察它的內部。</translation>
    </message>
    <message>
        <source>Epoch {epoch} · sample {index}: label {label}, predicted {prediction} ({p:.0%})</source>
        <translation>第 {epoch} 個訓練週期 · 樣本 {index}：標籤 {label}，預測 {prediction}（{p:.0%}）</translation>
    </message>
    <message>
        <source>Epoch {epoch} · sample {index}: label {label}, predicted {prediction}</source>
        <translation>第 {epoch} 個訓練週期 · 樣本 {index}：標籤 {label}，預測 {prediction}</translation>
    </message>
    <message>
        <source>The layers&apos; outputs appear once the model is training.</source>
        <translation>模型開始訓練後，就會出現各層的輸出。</translation>
    </message>
    <message>
        <source>The output of {name} has shape {shape}: only maps, sequences and vectors are drawn.</source>
        <translation>{name} 的輸出形狀為 {shape}：只會繪製特徵圖、序列與向量。</translation>
    </message>
    <message>
        <source>Filters are drawn for convolutional (Conv2D) layers.</source>
        <translation>只有卷積層（Conv2D）才會繪製過濾器。</translation>
    </message>
    <message>
        <source>{n} filters of {kh}×{kw}; one row per input channel (the first {rows} of {n_in})</source>
        <translation>{n} 個 {kh}×{kw} 的過濾器；每個輸入通道一列（{n_in} 個中的前 {rows} 個）</translation>
    </message>
    <message>
        <source>{n} filters of {kh}×{kw}; one row per input channel</source>
        <translation>{n} 個 {kh}×{kw} 的過濾器；每個輸入通道一列</translation>
    </message>
    <message>
        <source>What excites each filter of {layer}: the input it responds to most</source>
        <translation>什麼能激發 {layer} 的每個過濾器：它反應最強烈的輸入</translation>
    </message>
    <message>
        <source>What excites each filter of {layer} at epoch {epoch}: the input it responds to most</source>
        <translation>在第 {epoch} 個訓練週期，什麼能激發 {layer} 的每個過濾器：它反應最強烈的輸入</translation>
    </message>
    <message>
        <source>Per-layer statistics appear once the model is training.</source>
        <translation>模型開始訓練後，就會出現每一層的統計。</translation>
    </message>
    <message>
        <source>{number}. {name} weights · std {std:.2g} · {dead:.0%} dead</source>
        <translation>{number}. {name} 權重 · 標準差 {std:.2g} · {dead:.0%} 死亡</translation>
    </message>
    <message>
        <source>{number}. {name} weights · std {std:.2g}</source>
        <translation>{number}. {name} 權重 · 標準差 {std:.2g}</translation>
    </message>
    <message>
        <source>no gradients (no targets)</source>
        <translation>無梯度（沒有目標值）</translation>
    </message>
    <message>
        <source>gradients · norm {norm:.2g}</source>
        <translation>梯度 · 範數 {norm:.2g}</translation>
    </message>
    <message>
        <source>Grad-CAM is drawn for image data, once the model is training.</source>
        <translation>Grad-CAM 只針對影像資料，在模型開始訓練後繪製。</translation>
    </message>
    <message>
        <source>Grad-CAM needs a convolutional layer</source>
        <translation>Grad-CAM 需要卷積層</translation>
    </message>
    <message>
        <source>Where the model looked for “{cls}” (layer {layer})</source>
        <translation>模型在哪裡尋找「{cls}」（層：{layer}）</translation>
    </message>
    <message>
        <source>The confusion matrix (true class × predicted class) appears for classification models.</source>
        <translation>分類模型才會出現混淆矩陣（真實類別 × 預測類別）。</translation>
    </message>
    <message>
        <source>Samples are drawn for image data</source>
        <translation>只有影像資料才會繪製樣本</translation>
    </message>
    <message>
        <source>Misclassified test samples appear once the model predicts classes.</source>
        <translation>模型開始預測類別後，就會出現分類錯誤的測試樣本。</translation>
    </message>
    <message>
        <source>No misclassified test samples.</source>
        <translation>沒有分類錯誤的測試樣本。</translation>
    </message>
    <message>
        <source>Misclassified: {wrong} of {n} test samples (true→predicted: {pairs}…)</source>
        <translation>分類錯誤：{n} 個測試樣本中有 {wrong} 個（真實→預測：{pairs}…）</translation>
    </message>
</context>
<context>
    <name>QtLab</name>
    <message>
        <source>Fix the experiment first: {0}</source>
        <translation>請先修正實驗：{0}</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>變更驗證方式</translation>
    </message>
    <message>
        <source>Training {0} versions one after another…</source>
        <translation>正在依序訓練 {0} 個版本…</translation>
    </message>
    <message>
        <source>fold</source>
        <translation>折</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>訓練資料</translation>
    </message>
    <message>
        <source>units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>層數</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>one batch</source>
        <translation>單一批次</translation>
    </message>
    <message>
        <source>one batch of {0} samples</source>
        <translation>一個含 {0} 個樣本的批次</translation>
    </message>
    <message>
        <source>Version {0}/{1}: {2} — epoch {3}</source>
        <translation>版本 {0}/{1}：{2} — 第 {3} 個訓練週期</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} versions.</source>
        <translation>已取消，{1} 個版本中完成了 {0} 個。</translation>
    </message>
    <message>
        <source>It learned them: the network and the loss can fit data.</source>
        <translation>它學會了：這個網路與損失函數能夠擬合資料。</translation>
    </message>
    <message>
        <source>It could not fit them: look for a bug — a loss that does not fit the labels, a network too small or frozen, or a learning rate too low or too high.</source>
        <translation>它無法擬合：請找找看哪裡有錯 — 損失函數與標籤不相符、網路太小或被凍結，或是學習率太低或太高。</translation>
    </message>
    <message>
        <source>One batch: loss {0:.4f} after {1} epochs. {2}</source>
        <translation>單一批次：{1} 個訓練週期後損失為 {0:.4f}。{2}</translation>
    </message>
    <message>
        <source>K-fold: validation {0} {1:.3f} ± {2:.3f} over {3} folds.</source>
        <translation>K 折交叉驗證：{3} 折的驗證 {0} 為 {1:.3f} ± {2:.3f}。</translation>
    </message>
    <message>
        <source>Done: {0} versions; their validation curves are overlaid on the curves.</source>
        <translation>完成：{0} 個版本；它們的驗證曲線已疊加在曲線圖上。</translation>
    </message>
    <message>
        <source>Open the settings of run {0}</source>
        <translation>開啟第 {0} 次執行的設定</translation>
    </message>
</context>
<context>
    <name>QtLabView</name>
    <message>
        <source>The number of folds</source>
        <translation>折數</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重複次數</translation>
    </message>
    <message>
        <source>repeats </source>
        <translation>重複 </translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Type the values to try, separated by commas, e.g. {0}</source>
        <translation>輸入要嘗試的值，以逗號分隔，例如 {0}</translation>
    </message>
    <message>
        <source>Unknown optimizer {0}; choose from {1}</source>
        <translation>未知的優化器 {0}；請從 {1} 中選擇</translation>
    </message>
    <message>
        <source>“{0}” is not a number: type numbers separated by commas</source>
        <translation>「{0}」不是數字：請輸入以逗號分隔的數字</translation>
    </message>
    <message>
        <source>Data sizes are percent of the training rows, above 0 and at most 100</source>
        <translation>資料量是訓練資料列數的百分比，須大於 0 且最多為 100</translation>
    </message>
    <message>
        <source>Learning rates must be above 0 and at most 100</source>
        <translation>學習率必須大於 0 且最多為 100</translation>
    </message>
    <message>
        <source>Capacity values must be whole numbers from 0 to 1024</source>
        <translation>容量值必須是 0 到 1024 的整數</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>train mean ± std</source>
        <translation>訓練（平均值 ± 標準差）</translation>
    </message>
    <message>
        <source>validation mean ± std</source>
        <translation>驗證（平均值 ± 標準差）</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>best validation (epoch)</source>
        <translation>最佳驗證（訓練週期）</translation>
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
        <translation>{name}（{kind}）：{n} 張 {h}×{w} 的特徵圖</translation>
    </message>
    <message>
        <source>{name} ({kind}): {n} units</source>
        <translation>{name}（{kind}）：{n} 個單元</translation>
    </message>
</context>
<context>
    <name>QtLayerPalette</name>
    <message>
        <source>Double-click a layer to add it after the selected one, or drag it into place</source>
        <translation>按兩下某一層即可將它加在所選層之後，也可以直接拖曳到想要的地方</translation>
    </message>
</context>
<context>
    <name>QtLayerProperties</name>
    <message>
        <source>No layer selected</source>
        <translation>未選取任何層</translation>
    </message>
    <message>
        <source>Select a layer in the stack or the graph to see its settings.</source>
        <translation>在層清單或結構圖中選取一層，即可查看它的設定。</translation>
    </message>
    <message>
        <source>Receives the whole sample, as the data&apos;s own input does.</source>
        <translation>接收整個樣本，就像資料本身的輸入一樣。</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>sequences</source>
        <translation>回傳序列</translation>
    </message>
    <message>
        <source>{which} penalty on the kernel (0: none)</source>
        <translation>對 kernel 的 {which} 懲罰（0：無）</translation>
    </message>
    <message>
        <source>{which} penalty on the bias (0: none)</source>
        <translation>對 bias 的 {which} 懲罰（0：無）</translation>
    </message>
    <message>
        <source>The layers this one takes; tick two or more on Add or Concatenate</source>
        <translation>這一層接收哪些層的輸出；Add 或 Concatenate 可勾選兩個以上</translation>
    </message>
    <message>
        <source>An input needs at least one feature.</source>
        <translation>輸入至少需要一個特徵。</translation>
    </message>
    <message>
        <source>Main output: its loss and metrics are set under Training.</source>
        <translation>主要輸出：它的損失與指標在「訓練」中設定。</translation>
    </message>
    <message>
        <source>one more output of the model</source>
        <translation>模型的另一個輸出</translation>
    </message>
    <message>
        <source>Train this layer against a target too (Keras: several outputs)</source>
        <translation>也讓這一層對照一個目標來訓練（Keras：多個輸出）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>labels: the classes or values; inputs: rebuild the input</source>
        <translation>labels：類別或數值；inputs：重建輸入</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>The loss this output is trained on</source>
        <translation>這個輸出用來訓練的損失函數</translation>
    </message>
    <message>
        <source>loss weight</source>
        <translation>損失權重</translation>
    </message>
    <message>
        <source>Its loss counts this much in the total (the main output&apos;s: 1)</source>
        <translation>它的損失在總損失中所占的份量（主要輸出為 1）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Measured on this output each epoch</source>
        <translation>每個訓練週期都在這個輸出上量測</translation>
    </message>
    <message>
        <source>(from file)</source>
        <translation>（來自檔案）</translation>
    </message>
    <message>
        <source>use letters, digits and _, starting with a letter</source>
        <translation>請使用英文字母、數字與 _，並以字母開頭</translation>
    </message>
    <message>
        <source>write whole numbers, e.g. {0}</source>
        <translation>請輸入整數，例如 {0}</translation>
    </message>
    <message>
        <source>needs a value</source>
        <translation>需要一個值</translation>
    </message>
    <message>
        <source>write one size from {low:g} to {high:g}, or {dims} of them</source>
        <translation>請輸入一個介於 {low:g} 到 {high:g} 的大小，或輸入 {dims} 個</translation>
    </message>
    <message>
        <source>sizes must be ≥ 1; one of them may be -1</source>
        <translation>大小必須 ≥ 1；其中一個可以是 -1</translation>
    </message>
</context>
<context>
    <name>QtLayerStack</name>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>{0}  → output</source>
        <translation>{0}  → 輸出</translation>
    </message>
</context>
<context>
    <name>QtLessonPanel</name>
    <message>
        <source>Try:</source>
        <translation>試試看：</translation>
    </message>
    <message>
        <source>The lesson&apos;s setting</source>
        <translation>課程的設定</translation>
    </message>
</context>
<context>
    <name>QtLessons</name>
    <message>
        <source>Lesson: {0}</source>
        <translation>課程：{0}</translation>
    </message>
</context>
<context>
    <name>QtLiveTensorBoard</name>
    <message>
        <source>Log to TensorBoard while training</source>
        <translation>訓練時記錄到 TensorBoard</translation>
    </message>
    <message>
        <source>Writes every run into its own subfolder as it trains: scalars, histograms, graph and settings</source>
        <translation>訓練時把每次執行寫入各自的子資料夾：純量、直方圖、計算圖和設定</translation>
    </message>
    <message>
        <source>TensorBoard folder…</source>
        <translation>TensorBoard 資料夾…</translation>
    </message>
    <message>
        <source>TensorBoard histograms every…</source>
        <translation>TensorBoard 直方圖間隔…</translation>
    </message>
    <message>
        <source>Folder for live TensorBoard logs</source>
        <translation>即時 TensorBoard 記錄檔的資料夾</translation>
    </message>
    <message>
        <source>TensorBoard histograms</source>
        <translation>TensorBoard 直方圖</translation>
    </message>
    <message>
        <source>Weight and gradient histograms every N epochs (0: none):</source>
        <translation>每 N 個訓練週期寫一次權重和梯度直方圖（0：不寫）：</translation>
    </message>
    <message>
        <source>TensorBoard logging is off.</source>
        <translation>TensorBoard 記錄已關閉。</translation>
    </message>
    <message>
        <source>Logging to TensorBoard: {0} (copied)</source>
        <translation>正在記錄到 TensorBoard：{0}（已複製）</translation>
    </message>
    <message>
        <source>Log to TensorBoard</source>
        <translation>記錄到 TensorBoard</translation>
    </message>
    <message>
        <source>Each run is written into its own subfolder of {0} as it trains. To watch, run this command (it is on the clipboard):</source>
        <translation>每次執行在訓練時寫入 {0} 中各自的子資料夾。要觀看，請執行這條命令（已複製到剪貼簿）：</translation>
    </message>
</context>
<context>
    <name>QtLook</name>
    <message>
        <source>Presentation mode</source>
        <translation>簡報模式</translation>
    </message>
    <message>
        <source>Large text and thick lines, readable from the back of a room</source>
        <translation>大字體與粗線條，坐在教室後排也看得清楚</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全螢幕</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>佈景主題</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高對比</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
</context>
<context>
    <name>QtLossPlot</name>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>train</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>test</source>
        <translation>測試</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>epoch {value:.0f}</source>
        <translation>第 {value:.0f} 個訓練週期</translation>
    </message>
    <message>
        <source>The epoch the timeline shows: drag it along the curves</source>
        <translation>時間軸所在的訓練週期：可沿著曲線拖曳</translation>
    </message>
    <message>
        <source>Log scale (loss)</source>
        <translation>對數刻度（損失）</translation>
    </message>
    <message>
        <source>Shade the gap</source>
        <translation>塗色標出差距</translation>
    </message>
    <message>
        <source>The area between the training and the validation curve: it grows when the model overfits</source>
        <translation>訓練曲線與驗證曲線之間的區域：模型過度擬合時會變大</translation>
    </message>
</context>
<context>
    <name>QtMainWindow</name>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Neurons</source>
        <translation>神經元</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>結構圖</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>執行紀錄</translation>
    </message>
    <message>
        <source>Overfitting lab</source>
        <translation>過度擬合實驗室</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>診斷</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>網路內部</translation>
    </message>
    <message>
        <source>Loss and accuracy</source>
        <translation>損失與準確率</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>單步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重設</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Play / pause training (Space)</source>
        <translation>播放／暫停訓練 (Space)</translation>
    </message>
    <message>
        <source>Train one epoch (S)</source>
        <translation>只訓練一個訓練週期 (S)</translation>
    </message>
    <message>
        <source>New initial weights, empty curves (R)</source>
        <translation>新的初始權重，清空曲線 (R)</translation>
    </message>
    <message>
        <source>End this run; Play starts a new one (Esc)</source>
        <translation>結束這次執行；按「播放」會開始新的執行 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存新檔(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>Model summary…</source>
        <translation>模型摘要…</translation>
    </message>
    <message>
        <source>Keras model (.keras)…</source>
        <translation>Keras 模型 (.keras)…</translation>
    </message>
    <message>
        <source>&amp;Import Keras model…</source>
        <translation>匯入 Keras 模型(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Training settings</source>
        <translation>訓練設定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>開啟最近的檔案(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <source>New from &amp;template</source>
        <translation>從範本新增(&amp;T)</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>開啟範例(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>Optimizers on a loss surface…</source>
        <translation>損失曲面上的優化器…</translation>
    </message>
    <message>
        <source>Show or hide controls…</source>
        <translation>顯示或隱藏控制項…</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>Open experiment</source>
        <translation>開啟實驗</translation>
    </message>
    <message>
        <source>Cannot open experiment</source>
        <translation>無法開啟實驗</translation>
    </message>
    <message>
        <source>{0} does not exist (moved or deleted?).</source>
        <translation>{0} 不存在（已移動或刪除？）。</translation>
    </message>
    <message>
        <source>{0} is not a usable experiment file.

{1}</source>
        <translation>{0} 不是可用的實驗檔案。

{1}</translation>
    </message>
    <message>
        <source>Template: {0}</source>
        <translation>範本：{0}</translation>
    </message>
    <message>
        <source>Save experiment</source>
        <translation>儲存實驗</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>The summary is ready once the model is built.</source>
        <translation>模型建立後即可查看摘要。</translation>
    </message>
    <message>
        <source>Saved the model with its current weights to {0}</source>
        <translation>已將模型連同目前的權重儲存到 {0}</translation>
    </message>
    <message>
        <source>Import Keras model</source>
        <translation>匯入 Keras 模型</translation>
    </message>
    <message>
        <source>Cannot import model</source>
        <translation>無法匯入模型</translation>
    </message>
    <message>
        <source>Start from the model&apos;s trained weights, to go on training it or to fine-tune it (untick a layer&apos;s “trainable” to freeze it)? No: its layers with fresh weights.</source>
        <translation>要從模型已訓練的權重開始，以便繼續訓練或進行微調嗎（取消勾選某層的「trainable」即可凍結它）？選「否」：只使用它的各層，並重新初始化權重。</translation>
    </message>
    <message>
        <source>The model was built for inputs {0}; here it gets {1} from the {2} data.</source>
        <translation>此模型是為輸入 {0} 建立的；但在這裡，它從 {2} 資料得到的是 {1}。</translation>
    </message>
    <message>
        <source>Import {0}</source>
        <translation>匯入 {0}</translation>
    </message>
    <message>
        <source>Model imported</source>
        <translation>已匯入模型</translation>
    </message>
    <message>
        <source>Imported the layers and their trained weights.</source>
        <translation>已匯入各層及其訓練好的權重。</translation>
    </message>
    <message>
        <source>Imported the layers (not the weights).</source>
        <translation>已匯入各層（不含權重）。</translation>
    </message>
    <message>
        <source>Saved the model with its current weights to {0}. It uses playground_layers.py, saved beside it: import playground_layers before keras.models.load_model.</source>
        <translation>已將模型連同目前的權重儲存到 {0}。它用到旁邊一併儲存的 playground_layers.py：在 keras.models.load_model 之前先 import playground_layers。</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>{0}[*] — Neural Network Playground</source>
        <translation>{0}[*] — 神經網路遊樂場</translation>
    </message>
    <message>
        <source>This change needs a new run: the model being trained (epoch {0}) is built again with this layer changed, keeping every weight that remains. Make the change?</source>
        <translation>這項變更需要重新執行：正在訓練的模型（第 {0} 個訓練週期）會以變更後的這一層重新建立，並保留所有仍然存在的權重。要進行變更嗎？</translation>
    </message>
    <message>
        <source>Start a new run?</source>
        <translation>要開始新的執行嗎？</translation>
    </message>
    <message>
        <source>This change needs a new run: the model being trained (epoch {0}) starts again from new weights. Make the change?</source>
        <translation>這項變更需要重新執行：正在訓練的模型（第 {0} 個訓練週期）將從新的權重重新開始。要進行變更嗎？</translation>
    </message>
    <message>
        <source>Optimizers on a loss surface</source>
        <translation>損失曲面上的優化器</translation>
    </message>
    <message>
        <source>The range test can run once the model is built.</source>
        <translation>模型建立後才能執行範圍測試。</translation>
    </message>
    <message>
        <source>The neuron picture shows Dense networks on 2-D data</source>
        <translation>神經元圖只能呈現處理二維資料的 Dense 網路</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>無法開啟</translation>
    </message>
    <message>
        <source>{0}: the playground opens experiments (.json), data (.csv, .npz) and Keras models (.keras).</source>
        <translation>{0}：遊樂場可以開啟實驗 (.json)、資料 (.csv, .npz) 與 Keras 模型 (.keras)。</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>要還原未儲存的工作嗎？</translation>
    </message>
    <message>
        <source>The playground did not close normally. Restore the experiment “{0}” as it was at {1}, with its {2} run(s)?</source>
        <translation>遊樂場上次沒有正常關閉。要將實驗「{0}」還原為 {1} 時的狀態，連同它的 {2} 次執行嗎？</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>還原</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>捨棄</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>稍後</translation>
    </message>
    <message>
        <source>Restored the work of {0}.</source>
        <translation>已還原 {0} 的工作。</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>要儲存變更嗎？</translation>
    </message>
    <message>
        <source>“{0}” has changes that are not saved. Save them before closing?</source>
        <translation>「{0}」有尚未儲存的變更。要在關閉前儲存嗎？</translation>
    </message>
</context>
<context>
    <name>QtNetworkEditor</name>
    <message>
        <source>+ Add</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>Add the palette&apos;s layer after the selected one (double-click)</source>
        <translation>將元件庫中的層加在所選層之後（按兩下）</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>複製一份</translation>
    </message>
    <message>
        <source>Copy the selected layer just below it (Ctrl+D)</source>
        <translation>在所選層的正下方複製一份 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Remove the selected layer (Delete)</source>
        <translation>移除所選層 (Delete)</translation>
    </message>
    <message>
        <source>Move the selected layer up</source>
        <translation>將所選層上移</translation>
    </message>
    <message>
        <source>Move the selected layer down</source>
        <translation>將所選層下移</translation>
    </message>
    <message>
        <source>+ Shortcut</source>
        <translation>+ 捷徑</translation>
    </message>
    <message>
        <source>Add a residual connection around the selected layer</source>
        <translation>在所選層外圍加上殘差連接</translation>
    </message>
    <message>
        <source>+ Branch</source>
        <translation>+ 分支</translation>
    </message>
    <message>
        <source>Add the palette&apos;s layer as a side branch taking the selected layer: the start of another output, or of a path to merge later</source>
        <translation>將元件庫中的層加為以所選層為輸入的側分支：可作為另一個輸出的開端，或之後要合併的路徑的開端</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>元件庫</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>Copy layers</source>
        <translation>複製層</translation>
    </message>
    <message>
        <source>Duplicate layer</source>
        <translation>建立層的複本</translation>
    </message>
    <message>
        <source>Delete layer</source>
        <translation>刪除層</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>新增 {0}</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>刪除 {0}</translation>
    </message>
    <message>
        <source>Move {0}</source>
        <translation>移動 {0}</translation>
    </message>
    <message>
        <source>Duplicate {0}</source>
        <translation>複製 {0}</translation>
    </message>
    <message>
        <source>The clipboard holds no layers: copy a layer first (Ctrl+C).</source>
        <translation>剪貼簿中沒有層：請先複製一層 (Ctrl+C)。</translation>
    </message>
    <message>
        <source>Paste layers</source>
        <translation>貼上層</translation>
    </message>
    <message>
        <source>Branch {0}</source>
        <translation>新增分支 {0}</translation>
    </message>
    <message>
        <source>Add shortcut</source>
        <translation>新增捷徑</translation>
    </message>
    <message>
        <source>Connect {0} to {1}</source>
        <translation>將 {0} 連接到 {1}</translation>
    </message>
    <message>
        <source>Disconnect {0} from {1}</source>
        <translation>中斷 {0} 與 {1} 的連接</translation>
    </message>
    <message>
        <source>Change {0} of {1}</source>
        <translation>變更 {1} 的 {0}</translation>
    </message>
    <message>
        <source>Change output {0}</source>
        <translation>變更 {0} 的輸出</translation>
    </message>
    <message>
        <source>Rename to {0}</source>
        <translation>重新命名為 {0}</translation>
    </message>
    <message>
        <source>Change inputs of {0}</source>
        <translation>變更 {0} 的輸入</translation>
    </message>
    <message>
        <source>Total: {0} parameters (part of the pretrained base trains: the status bar counts it once built)</source>
        <translation>總計：{0} 個參數（預訓練基底有一部分會訓練：模型建立後，狀態列會算出數量）</translation>
    </message>
    <message>
        <source>Total: {0} parameters ({1} trainable, {2} not)</source>
        <translation>總計：{0} 個參數（{1} 個可訓練，{2} 個不可訓練）</translation>
    </message>
    <message>
        <source>Total: {0} parameters</source>
        <translation>總計：{0} 個參數</translation>
    </message>
    <message>
        <source>Last layer ({0}): {1}</source>
        <translation>最後一層 ({0})：{1}</translation>
    </message>
    <message>
        <source>Output ({0}): {1}</source>
        <translation>輸出 ({0})：{1}</translation>
    </message>
    <message>
        <source>Layer {0} ({1}): {2}</source>
        <translation>第 {0} 層 ({1})：{2}</translation>
    </message>
</context>
<context>
    <name>QtNetworkView</name>
    <message>
        <source>Input</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Output {0}</source>
        <translation>輸出 {0}</translation>
    </message>
    <message>
        <source>Input {0}</source>
        <translation>輸入 {0}</translation>
    </message>
    <message>
        <source>Layer {0}: {1}, unit {2}</source>
        <translation>第 {0} 層：{1}，第 {2} 個單元</translation>
    </message>
    <message>
        <source>+{0} more</source>
        <translation>還有 {0} 個</translation>
    </message>
</context>
<context>
    <name>QtNumberField</name>
    <message>
        <source>a whole number from {low} up</source>
        <translation>≥ {low} 的整數</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high}</source>
        <translation>{low} 到 {high} 的整數</translation>
    </message>
    <message>
        <source>a number above {low} and below {high}</source>
        <translation>大於 {low} 且小於 {high} 的數字</translation>
    </message>
    <message>
        <source>a number above {low}, up to {high}</source>
        <translation>大於 {low} 且最多為 {high} 的數字</translation>
    </message>
    <message>
        <source>a number from {low} up</source>
        <translation>≥ {low} 的數字</translation>
    </message>
    <message>
        <source>a number from {low} to {high}</source>
        <translation>{low} 到 {high} 的數字</translation>
    </message>
    <message>
        <source>It is empty</source>
        <translation>沒有填入內容</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>「{text}」不是數字</translation>
    </message>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} 不是整數</translation>
    </message>
    <message>
        <source>{value} is out of range</source>
        <translation>{value} 超出範圍</translation>
    </message>
    <message>
        <source>Takes {range}.</source>
        <translation>取值範圍：{range}。</translation>
    </message>
    <message>
        <source>{reason}. It stays {kept}.</source>
        <translation>{reason}。仍維持為 {kept}。</translation>
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
        <translation>{value} 的小數超過 {n} 位</translation>
    </message>
</context>
<context>
    <name>QtOptimizerDialog</name>
    <message>
        <source>%s settings</source>
        <translation>%s 設定</translation>
    </message>
    <message>
        <source>off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>%s: %r is not a number</source>
        <translation>%s：%r 不是數字</translation>
    </message>
</context>
<context>
    <name>QtPointDrawing</name>
    <message>
        <source>Draw</source>
        <translation>繪製</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>擦除</translation>
    </message>
    <message>
        <source>Drag over points to remove them</source>
        <translation>在資料點上拖曳即可移除它們</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Drag a point across the boundary and watch its prediction</source>
        <translation>把一個資料點拖過決策邊界，觀察它的預測</translation>
    </message>
    <message>
        <source>Classes:</source>
        <translation>類別數：</translation>
    </message>
    <message>
        <source>How many classes you draw: two, or up to {0} (the model gets one output per class)</source>
        <translation>要繪製幾個類別：兩個，最多 {0} 個（模型為每個類別設一個輸出）</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>數值：</translation>
    </message>
    <message>
        <source>The value the pen draws, from -1 to 1</source>
        <translation>畫筆畫出的數值，範圍為 -1 到 1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove every point and draw from nothing</source>
        <translation>移除所有資料點，從空白開始繪製</translation>
    </message>
    <message>
        <source>Start from this set</source>
        <translation>從這個資料集開始</translation>
    </message>
    <message>
        <source>Turn the generated points into drawn points you can edit</source>
        <translation>把產生的資料點轉成可以編輯的手繪資料點</translation>
    </message>
    <message>
        <source>Change the number of classes</source>
        <translation>變更類別數</translation>
    </message>
    <message>
        <source>Removed {0} points of the classes taken away (undo brings them back).</source>
        <translation>已刪除被移除類別中的 {0} 個資料點（復原即可找回）。</translation>
    </message>
    <message>
        <source>Kept the first {0} points: a drawing holds at most {0}.</source>
        <translation>只保留了前 {0} 個資料點：手繪資料最多只能有 {0} 個。</translation>
    </message>
    <message>
        <source>Clear the drawing</source>
        <translation>清除手繪資料</translation>
    </message>
    <message>
        <source>Edit points</source>
        <translation>編輯資料點</translation>
    </message>
    <message>
        <source>Draw your own data: add, erase and move points on the plane</source>
        <translation>繪製你自己的資料：在平面上新增、擦除與移動資料點</translation>
    </message>
    <message>
        <source>Click or drag to add points; right-drag erases; Shift-drag moves</source>
        <translation>點選或拖曳以新增資料點；按右鍵拖曳可擦除；按住 Shift 拖曳可移動</translation>
    </message>
    <message>
        <source>Draw points of class {0}</source>
        <translation>繪製類別 {0} 的資料點</translation>
    </message>
    <message>
        <source>Start drawing from this set</source>
        <translation>從這個資料集開始繪製</translation>
    </message>
    <message>
        <source>A drawing holds at most {0} points: erase some first.</source>
        <translation>手繪資料最多只能有 {0} 個資料點：請先擦除一些。</translation>
    </message>
    <message>
        <source>Draw points</source>
        <translation>繪製資料點</translation>
    </message>
    <message>
        <source>Erase points</source>
        <translation>擦除資料點</translation>
    </message>
    <message>
        <source>Move a point</source>
        <translation>移動一個資料點</translation>
    </message>
    <message>
        <source>The point goes back: start from this set to keep a moved point.</source>
        <translation>資料點會回到原處：若要保留移動後的資料點，請從這個資料集開始。</translation>
    </message>
    <message>
        <source>P(class {0}) = {1:.2f} → class {0}</source>
        <translation>P(類別 {0}) = {1:.2f} → 類別 {0}</translation>
    </message>
    <message>
        <source>Drag a point to see its prediction; it goes back unless you start from this set.</source>
        <translation>拖曳資料點可查看它的預測；除非從這個資料集開始，否則它會回到原處。</translation>
    </message>
    <message>
        <source>No prediction yet: press Play</source>
        <translation>還沒有預測：請按「播放」</translation>
    </message>
    <message>
        <source>P(class 1) = {0:.2f} → class {1}</source>
        <translation>P(類別 1) = {0:.2f} → 類別 {1}</translation>
    </message>
    <message>
        <source>output {0:+.2f} → class {1}</source>
        <translation>輸出 {0:+.2f} → 類別 {1}</translation>
    </message>
    <message>
        <source>prediction {0:+.2f}</source>
        <translation>預測 {0:+.2f}</translation>
    </message>
    <message>
        <source>Your first stroke turns this set into drawn points.</source>
        <translation>畫下第一筆後，這個資料集就會轉成手繪資料點。</translation>
    </message>
</context>
<context>
    <name>QtRangeTestDialog</name>
    <message>
        <source>Learning-rate range test</source>
        <translation>學習率範圍測試</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>each batch</source>
        <translation>每個批次</translation>
    </message>
    <message>
        <source>smoothed</source>
        <translation>平滑後</translation>
    </message>
    <message>
        <source>suggested {0:.2g}</source>
        <translation>建議值 {0:.2g}</translation>
    </message>
    <message>
        <source>now {0:.2g}</source>
        <translation>目前 {0:.2g}</translation>
    </message>
    <message>
        <source>The loss falls fastest a little below the rate where it is lowest ({0:.2g}); beyond that it blows up. A tenth of it, {1:.2g}, is a good start. The weights are as they were before the test.</source>
        <translation>在比損失最低點的學習率（{0:.2g}）稍低一些的地方，損失下降得最快；超過這個值，損失就會暴增。取它的十分之一 {1:.2g} 作為起點很不錯。權重已恢復為測試前的狀態。</translation>
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
        <translation>執行</translation>
    </message>
    <message>
        <source> Speed: </source>
        <translation> 速度： </translation>
    </message>
    <message>
        <source>Epochs per second. The engine can go much faster than the eye can follow.</source>
        <translation>每秒的訓練週期數。引擎的速度可以遠遠超過肉眼能跟上的程度。</translation>
    </message>
    <message>
        <source>{0} epochs/s</source>
        <translation>{0} 訓練週期/s</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>最快</translation>
    </message>
    <message>
        <source>Epoch {0} (earlier)</source>
        <translation>第 {0} 個訓練週期（較早）</translation>
    </message>
    <message>
        <source>Epoch {0}</source>
        <translation>第 {0} 個訓練週期</translation>
    </message>
    <message>
        <source>Training loss {0:.3f}</source>
        <translation>訓練損失 {0:.3f}</translation>
    </message>
    <message>
        <source>Test loss {0:.3f}</source>
        <translation>測試損失 {0:.3f}</translation>
    </message>
    <message>
        <source>Test accuracy {0:.1%}</source>
        <translation>測試準確率 {0:.1%}</translation>
    </message>
</context>
<context>
    <name>QtRunsTensorBoard</name>
    <message>
        <source>All runs to TensorBoard…</source>
        <translation>所有執行紀錄匯出到 TensorBoard…</translation>
    </message>
    <message>
        <source>Every run of the Runs table as TensorBoard logs, a folder each, to compare in its HParams tab</source>
        <translation>把執行紀錄表中的每次執行寫成 TensorBoard 日誌（每次一個資料夾），在它的 HParams 分頁中比較</translation>
    </message>
    <message>
        <source>Still writing the runs to TensorBoard: a moment.</source>
        <translation>仍在把執行紀錄寫入 TensorBoard：請稍候。</translation>
    </message>
    <message>
        <source>Train a little first: there are no runs to write to TensorBoard yet.</source>
        <translation>請先訓練一會兒：還沒有可寫入 TensorBoard 的執行紀錄。</translation>
    </message>
    <message>
        <source>Folder for the runs&apos; TensorBoard logs</source>
        <translation>存放執行紀錄 TensorBoard 日誌的資料夾</translation>
    </message>
    <message>
        <source>Writing {0} runs to TensorBoard logs in {1}…</source>
        <translation>正在把 {0} 次執行寫成 TensorBoard 日誌，放在 {1}…</translation>
    </message>
    <message>
        <source>Wrote {0} runs to {1}: see them with  tensorboard --logdir {1}</source>
        <translation>已把 {0} 次執行寫入 {1}：用  tensorboard --logdir {1}  檢視</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>無法匯出</translation>
    </message>
</context>
<context>
    <name>QtRunsView</name>
    <message>
        <source>overlay</source>
        <translation>疊加</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>settings that differ</source>
        <translation>不同的設定</translation>
    </message>
    <message>
        <source>best validation</source>
        <translation>最佳驗證</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>結束方式</translation>
    </message>
    <message>
        <source>Tick to draw the run&apos;s curves over the others</source>
        <translation>勾選即可將這次執行的曲線疊加在其他曲線上</translation>
    </message>
    <message>
        <source>Open settings</source>
        <translation>開啟設定</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s settings into the editor</source>
        <translation>將所選執行的設定載入編輯器</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Forget the selected run</source>
        <translation>刪除所選的執行紀錄</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Forget every run</source>
        <translation>刪除所有執行紀錄</translation>
    </message>
    <message>
        <source>TensorBoard…</source>
        <translation>TensorBoard…</translation>
    </message>
    <message>
        <source>Write every run as TensorBoard logs, a folder each, to compare in its HParams tab</source>
        <translation>把每次執行寫成 TensorBoard 日誌（每次一個資料夾），在它的 HParams 分頁中比較</translation>
    </message>
    <message>
        <source>All runs to TensorBoard…</source>
        <translation>所有執行紀錄匯出到 TensorBoard…</translation>
    </message>
    <message>
        <source>The run on screen: it is kept here when the next one starts</source>
        <translation>畫面上的這次執行：下一次執行開始時，它會保留在這裡</translation>
    </message>
    <message>
        <source>Draw this run&apos;s curves over the others</source>
        <translation>將這次執行的曲線疊加在其他曲線上</translation>
    </message>
    <message>
        <source>same settings</source>
        <translation>設定相同</translation>
    </message>
    <message>
        <source>accuracy {0} % (epoch {1})</source>
        <translation>準確率 {0} %（第 {1} 個訓練週期）</translation>
    </message>
    <message>
        <source>loss {0} (epoch {1})</source>
        <translation>損失 {0}（第 {1} 個訓練週期）</translation>
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
        <translation>提前停止</translation>
    </message>
    <message>
        <source>loss not a number</source>
        <translation>損失不是數字</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>went back to an earlier epoch</source>
        <translation>回到較早的訓練週期</translation>
    </message>
    <message>
        <source>current: training…</source>
        <translation>目前：訓練中…</translation>
    </message>
    <message>
        <source>current</source>
        <translation>目前</translation>
    </message>
</context>
<context>
    <name>QtScheduleDialog</name>
    <message>
        <source>Learning-rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>停滯時調降</translation>
    </message>
    <message>
        <source>1 epoch = %d steps (batches); %d epochs = %d steps</source>
        <translation>1 個訓練週期 = %d 步（批次）；%d 個訓練週期 = %d 步</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>log scale</source>
        <translation>對數刻度</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>the validation loss</source>
        <translation>驗證損失</translation>
    </message>
    <message>
        <source>the training loss</source>
        <translation>訓練損失</translation>
    </message>
    <message>
        <source>the validation accuracy</source>
        <translation>驗證準確率</translation>
    </message>
    <message>
        <source>the training accuracy</source>
        <translation>訓練準確率</translation>
    </message>
    <message>
        <source>Drawn flat at %g: the drops depend on %s during training — lr × %g after %d epochs without improvement, never below %g.</source>
        <translation>以 %g 畫成水平線：實際何時調降取決於訓練期間的%s — 每次 lr × %g（在連續 %d 個訓練週期沒有改善之後），最低不低於 %g。</translation>
    </message>
    <message>
        <source>%s. Last epoch: %g</source>
        <translation>%s。最後一個訓練週期：%g</translation>
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
        <translation>複製</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>儲存…</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <source>Save summary</source>
        <translation>儲存摘要</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文字檔 (*.txt)</translation>
    </message>
</context>
<context>
    <name>QtSurfaceView</name>
    <message>
        <source>Optimizers on a loss surface</source>
        <translation>損失曲面上的優化器</translation>
    </message>
    <message>
        <source>Pale: low loss, blue-grey: high; thin lines join equal losses.  ○ start (click the map to move it)</source>
        <translation>淺色：損失低，藍灰色：損失高；細線連接損失相等之處。  ○ 起點（點選地圖即可移動）</translation>
    </message>
    <message>
        <source>Click the map to start the race from there</source>
        <translation>點選地圖，讓競賽從該處開始</translation>
    </message>
    <message>
        <source>Surface:</source>
        <translation>曲面：</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>動量</translation>
    </message>
    <message>
        <source>+ Add optimizer</source>
        <translation>+ 新增優化器</translation>
    </message>
    <message>
        <source>Default race</source>
        <translation>預設競賽</translation>
    </message>
    <message>
        <source>The optimizers and rates that show this surface&apos;s lesson</source>
        <translation>最能呈現這個曲面重點的優化器與學習率</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步數：</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>How many optimizer steps each one takes</source>
        <translation>每個優化器要走幾步</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
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
        <translation>重播</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>全部畫出</translation>
    </message>
    <message>
        <source>minimum</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Press Run to race the optimizers. Click the map to start elsewhere.</source>
        <translation>按「執行」讓各優化器競賽。點選地圖可從別處開始。</translation>
    </message>
    <message>
        <source>Row %d (%s): %s.</source>
        <translation>第 %d 列 (%s)：%s。</translation>
    </message>
    <message>
        <source>Tick at least one optimizer to race.</source>
        <translation>請至少勾選一個優化器參加競賽。</translation>
    </message>
    <message>
        <source>Computing the paths…</source>
        <translation>正在計算路徑…</translation>
    </message>
    <message>
        <source>Loading TensorFlow, then computing the paths (a few seconds, once)…</source>
        <translation>正在載入 TensorFlow，接著計算路徑（只需一次，約幾秒鐘）…</translation>
    </message>
    <message>
        <source>%d paths of %d steps computed in %.2f s.</source>
        <translation>已計算 %d 條路徑（每條 %d 步），耗時 %.2f s。</translation>
    </message>
    <message>
        <source>The paths could not be computed: %s</source>
        <translation>無法計算路徑：%s</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>diverged after step %d</source>
        <translation>在第 %d 步之後發散</translation>
    </message>
    <message>
        <source>off the map</source>
        <translation>超出地圖</translation>
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
        <translation>時間軸</translation>
    </message>
    <message>
        <source>Drag back to an earlier epoch to see its boundary, neurons, activations and filters. Weights are kept every few epochs (closer together early on).</source>
        <translation>往回拖曳到較早的訓練週期，即可查看當時的決策邊界、神經元、激活值與過濾器。權重每隔幾個訓練週期保存一次（前期間隔較密）。</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Back to the model as it is now</source>
        <translation>回到目前的模型</translation>
    </message>
    <message>
        <source>Go on from here</source>
        <translation>從這裡繼續</translation>
    </message>
    <message>
        <source>Put this epoch&apos;s weights and optimizer state back and train on from it. The run as it was is kept under Runs.</source>
        <translation>還原這個訓練週期的權重與優化器狀態，並從這裡繼續訓練。原本的執行會保留在「執行紀錄」中。</translation>
    </message>
    <message>
        <source>Showing epoch {0} of {1}</source>
        <translation>正在查看第 {0} 個訓練週期（共 {1} 個）</translation>
    </message>
    <message>
        <source>Now: epoch {0}</source>
        <translation>現在：第 {0} 個訓練週期</translation>
    </message>
</context>
<context>
    <name>QtTrainingController</name>
    <message>
        <source>Loading TensorFlow…</source>
        <translation>正在載入 TensorFlow…</translation>
    </message>
    <message>
        <source>Loading TensorFlow… training starts as soon as it has loaded.</source>
        <translation>正在載入 TensorFlow…載入完成後就會開始訓練。</translation>
    </message>
    <message>
        <source>Loading TensorFlow… (Play cancelled)</source>
        <translation>正在載入 TensorFlow…（已取消「播放」）</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>訓練中…</translation>
    </message>
    <message>
        <source>One epoch…</source>
        <translation>正在訓練一個訓練週期…</translation>
    </message>
    <message>
        <source>Stopped at epoch {0}. Play starts a new run.</source>
        <translation>已在第 {0} 個訓練週期停止。按「播放」會開始新的執行。</translation>
    </message>
    <message>
        <source>Fine-tuning: compiling the model again with the new trainable layers…</source>
        <translation>微調：以新的可訓練層重新編譯模型…</translation>
    </message>
    <message>
        <source>Epoch limit raised: press Play to continue.</source>
        <translation>已提高訓練週期上限：按「播放」繼續。</translation>
    </message>
    <message>
        <source>Cannot train yet: {0}</source>
        <translation>還不能訓練：{0}</translation>
    </message>
    <message>
        <source>Training paused: {0}</source>
        <translation>訓練已暫停：{0}</translation>
    </message>
    <message>
        <source>Went back to epoch {0}: Play goes on from there. The run until epoch {1} is kept under Runs.</source>
        <translation>已回到第 {0} 個訓練週期：按「播放」會從那裡繼續。到第 {1} 個訓練週期為止的執行保留在「執行紀錄」中。</translation>
    </message>
    <message>
        <source>Cannot train: {0}</source>
        <translation>無法訓練：{0}</translation>
    </message>
    <message>
        <source>Cannot read the data: {0}</source>
        <translation>無法讀取資料：{0}</translation>
    </message>
    <message>
        <source>Building the model…</source>
        <translation>正在建立模型…</translation>
    </message>
    <message>
        <source>Ready: {0:,} parameters ({1:,} trainable). Press Play.</source>
        <translation>就緒：{0:,} 個參數（{1:,} 個可訓練）。請按「播放」。</translation>
    </message>
    <message>
        <source>Ready: {0:,} parameters. Press Play.</source>
        <translation>就緒：{0:,} 個參數。請按「播放」。</translation>
    </message>
    <message>
        <source>Stopped early at epoch {0}: {1}.</source>
        <translation>在第 {0} 個訓練週期提前停止：{1}。</translation>
    </message>
    <message>
        <source> Reset to train again.</source>
        <translation> 請按「重設」再訓練一次。</translation>
    </message>
    <message>
        <source>TerminateOnNaN ended the run at epoch {0}: the loss is not a number.</source>
        <translation>TerminateOnNaN 在第 {0} 個訓練週期結束了這次執行：損失不是數字。</translation>
    </message>
    <message>
        <source>Paused at epoch {0}.</source>
        <translation>已在第 {0} 個訓練週期暫停。</translation>
    </message>
    <message>
        <source>Finished {0} epochs.</source>
        <translation>已完成 {0} 個訓練週期。</translation>
    </message>
    <message>
        <source> Raise the epoch limit or Reset to train more.</source>
        <translation> 請提高訓練週期上限，或按「重設」以繼續訓練。</translation>
    </message>
    <message>
        <source>Fine-tuning: {0} trainable parameters; training goes on from epoch {1} at learning rate {2:g}.</source>
        <translation>微調：{0} 個可訓練參數；從第 {1} 個訓練週期起以學習率 {2:g} 繼續訓練。</translation>
    </message>
    <message>
        <source> Raise the epoch limit, then press Play.</source>
        <translation> 請提高訓練週期上限，再按「播放」。</translation>
    </message>
    <message>
        <source>Learning-rate range test: trying rates from 0.00001 to 10…</source>
        <translation>學習率範圍測試：正在嘗試 0.00001 到 10 的學習率…</translation>
    </message>
    <message>
        <source>The range test could not suggest a rate: {0}</source>
        <translation>範圍測試無法建議學習率：{0}</translation>
    </message>
    <message>
        <source>accuracy {0}</source>
        <translation>準確率 {0}</translation>
    </message>
    <message>
        <source>loss {0:.3g}</source>
        <translation>損失 {0:.3g}</translation>
    </message>
    <message>
        <source> Held-out test set: {0} (targets in standard deviations).</source>
        <translation> 保留測試集：{0}（目標值以標準差為單位）。</translation>
    </message>
    <message>
        <source> Held-out test set: {0}.</source>
        <translation> 保留測試集：{0}。</translation>
    </message>
    <message>
        <source>Training paused: the loss became NaN (not a number) at epoch {0}.</source>
        <translation>訓練已暫停：損失在第 {0} 個訓練週期變成 NaN（不是數字）。</translation>
    </message>
    <message>
        <source>Training paused: the loss became infinite at epoch {0}.</source>
        <translation>訓練已暫停：損失在第 {0} 個訓練週期變成無限大。</translation>
    </message>
    <message>
        <source> The learning rate ({0:g}) is probably too high — lower it (try ÷10) and press Reset.</source>
        <translation> 學習率（{0:g}）可能太高 — 請調低（試試 ÷10）再按「重設」。</translation>
    </message>
    <message>
        <source>layer {0}, {1}</source>
        <translation>第 {0} 層，{1}</translation>
    </message>
</context>
<context>
    <name>QtTrainingPanel</name>
    <message>
        <source>Only the losses that fit this data&apos;s problem are listed</source>
        <translation>只列出適合這份資料問題類型的損失函數</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>損失函數：</translation>
    </message>
    <message>
        <source>Optimizer:</source>
        <translation>優化器：</translation>
    </message>
    <message>
        <source>Step size: w ← w − learning_rate · ∂loss/∂w. Applies at once, even while training.</source>
        <translation>步長：w ← w − learning_rate · ∂loss/∂w。立即生效，訓練中也一樣。</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>學習率：</translation>
    </message>
    <message>
        <source>Schedule:</source>
        <translation>排程：</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>尋找…</translation>
    </message>
    <message>
        <source>Learning-rate range test: a short run raises the rate from 0.00001 to 10 and plots the loss; the weights are put back afterwards</source>
        <translation>學習率範圍測試：短暫訓練一下，將學習率從 0.00001 提高到 10 並畫出損失；之後會還原權重</translation>
    </message>
    <message>
        <source>v ← momentum·v − lr·g;  w ← w + v</source>
        <translation>v ← momentum·v − lr·g;  w ← w + v</translation>
    </message>
    <message>
        <source>Momentum:</source>
        <translation>動量：</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov</translation>
    </message>
    <message>
        <source>Optimizer settings…</source>
        <translation>優化器設定…</translation>
    </message>
    <message>
        <source>Every Keras setting of this optimizer, and gradient clipping</source>
        <translation>這個優化器的所有 Keras 設定，以及梯度裁剪</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批次大小：</translation>
    </message>
    <message>
        <source>Samples per training step: at most the training samples there are</source>
        <translation>每個訓練步驟使用的樣本數：最多為現有的訓練樣本數</translation>
    </message>
    <message>
        <source>Epoch limit:</source>
        <translation>訓練週期上限：</translation>
    </message>
    <message>
        <source>Callbacks:</source>
        <translation>回呼函式：</translation>
    </message>
    <message>
        <source>Constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Reduce on plateau</source>
        <translation>停滯時調降</translation>
    </message>
    <message>
        <source>Click to choose how the rate changes</source>
        <translation>按一下以選擇學習率的變化方式</translation>
    </message>
    <message>
        <source>{0} on …</source>
        <translation>已啟用 {0} 個 …</translation>
    </message>
    <message>
        <source>None …</source>
        <translation>無 …</translation>
    </message>
    <message>
        <source>Early stopping, checkpoints, stop on NaN…</source>
        <translation>提前停止、檢查點、遇到 NaN 即停止…</translation>
    </message>
</context>
<context>
    <name>QtTrainingWorker</name>
    <message>
        <source>TensorFlow could not be loaded: {0}</source>
        <translation>無法載入 TensorFlow：{0}</translation>
    </message>
    <message>
        <source>TensorFlow ran out of memory: the model or the batch is too big for this computer. Make the model smaller (fewer layers or units) or the batch size smaller, then press Play.</source>
        <translation>TensorFlow 記憶體不足：模型或批次對這台電腦來說太大。請把模型改小（更少的層或單元）或把批次大小改小，然後按「播放」。</translation>
    </message>
</context>
<context>
    <name>QtUnitSilencing</name>
    <message>
        <source>Silence units</source>
        <translation>遮蔽單元</translation>
    </message>
    <message>
        <source>While on, a click on a feature map (or a bar) switches that unit off (its output held at zero) or back on. A right-click does the same at any time. The trained weights are not changed.</source>
        <translation>開啟時，點選一張特徵圖（或一個長條）即可關閉該單元（其輸出固定為零）或重新開啟。隨時按右鍵也有相同效果。訓練好的權重不會改變。</translation>
    </message>
    <message>
        <source>Which units matter</source>
        <translation>哪些單元重要</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>恢復</translation>
    </message>
    <message>
        <source>Silence this unit</source>
        <translation>遮蔽這個單元</translation>
    </message>
    <message>
        <source>Working out what silencing each unit costs…</source>
        <translation>正在計算遮蔽每個單元的代價…</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>單元</translation>
    </message>
    <message>
        <source>Test loss if silenced</source>
        <translation>遮蔽後的測試損失</translation>
    </message>
    <message>
        <source>Loss change</source>
        <translation>損失變化</translation>
    </message>
    <message>
        <source>Accuracy change</source>
        <translation>準確率變化</translation>
    </message>
    <message>
        <source>Silence or bring back the chosen unit</source>
        <translation>遮蔽或恢復所選單元</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>This model has no hidden units to silence.</source>
        <translation>這個模型沒有可遮蔽的隱藏單元。</translation>
    </message>
    <message>
        <source>Each unit silenced alone, on {n} test samples ({seconds:.2f} s): the first one named matters most. A positive loss change means the network needed that unit.</source>
        <translation>每次只遮蔽一個單元，在 {n} 個測試樣本上計算（{seconds:.2f} s）：排在最前面的單元最重要。損失變化為正，表示網路需要那個單元。</translation>
    </message>
    <message>
        <source>While on, a click on a hidden neuron switches it off (its output held at zero) or back on. A right-click does the same at any time. The trained weights are not changed.</source>
        <translation>開啟時，點選一個隱藏神經元即可關閉它（其輸出固定為零）或重新開啟。隨時按右鍵也有相同效果。訓練好的權重不會改變。</translation>
    </message>
    <message>
        <source>Silences every hidden unit in turn and lists them by how much the test loss rises</source>
        <translation>依序遮蔽每個隱藏單元，並依測試損失上升的幅度列出它們</translation>
    </message>
    <message>
        <source>Bring all back</source>
        <translation>全部恢復</translation>
    </message>
    <message>
        <source>Bring back {layer} unit {unit}</source>
        <translation>恢復 {layer} 的第 {unit} 個單元</translation>
    </message>
    <message>
        <source>Silence {layer} unit {unit}</source>
        <translation>遮蔽 {layer} 的第 {unit} 個單元</translation>
    </message>
    <message>
        <source>Bring back every unit</source>
        <translation>恢復所有單元</translation>
    </message>
    <message>
        <source>The ranking needs a model: wait until it is built.</source>
        <translation>排名需要模型：請等模型建立完成。</translation>
    </message>
    <message>
        <source>What silencing costs could not be worked out: {0}</source>
        <translation>無法計算遮蔽的代價：{0}</translation>
    </message>
    <message>
        <source>Every unit of {layer} is silenced: the layer outputs zeros, so the layers after it see only their biases. Bring a unit back to let information through again.</source>
        <translation>{layer} 的所有單元都被遮蔽了：這一層輸出全為零，因此後面的層只看得到自己的偏值。恢復一個單元即可讓資訊再次通過。</translation>
    </message>
    <message>
        <source>{n} silenced: test loss {before:.3f} → {now:.3f}</source>
        <translation>已遮蔽 {n} 個：測試損失 {before:.3f} → {now:.3f}</translation>
    </message>
    <message>
        <source>, accuracy {before:.1%} → {now:.1%}</source>
        <translation>，準確率 {before:.1%} → {now:.1%}</translation>
    </message>
    <message>
        <source>loss {change:+.3f}</source>
        <translation>損失 {change:+.3f}</translation>
    </message>
    <message>
        <source>acc {change:+.1%}</source>
        <translation>準確率 {change:+.1%}</translation>
    </message>
</context>
<context>
    <name>QtWeightEditing</name>
    <message>
        <source>There is no model to edit yet: wait until it is built, or press Play.</source>
        <translation>還沒有可編輯的模型：請等模型建立完成，或按「播放」。</translation>
    </message>
    <message>
        <source>Add a neuron</source>
        <translation>新增一個神經元</translation>
    </message>
    <message>
        <source>Remove a neuron</source>
        <translation>移除一個神經元</translation>
    </message>
    <message>
        <source>Add a hidden layer</source>
        <translation>新增一個隱藏層</translation>
    </message>
    <message>
        <source>Remove a hidden layer</source>
        <translation>移除一個隱藏層</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>{0} set to {1} (it was {2}).</source>
        <translation>{0} 已設為 {1}（原本為 {2}）。</translation>
    </message>
    <message>
        <source>Training loss now {0}</source>
        <translation>訓練損失現為 {0}</translation>
    </message>
    <message>
        <source>, test loss {0}</source>
        <translation>，測試損失 {0}</translation>
    </message>
</context>
<context>
    <name>QtWeightEditor</name>
    <message>
        <source>Remove a neuron from this layer</source>
        <translation>從這一層移除一個神經元</translation>
    </message>
    <message>
        <source>Add a neuron to this layer</source>
        <translation>在這一層新增一個神經元</translation>
    </message>
    <message>
        <source>Remove this hidden layer (the other layers keep their weights)</source>
        <translation>移除這個隱藏層（其他層保留各自的權重）</translation>
    </message>
    <message>
        <source>Add a hidden layer here (the other layers keep their weights)</source>
        <translation>在這裡新增一個隱藏層（其他層保留各自的權重）</translation>
    </message>
    <message>
        <source>Weight: {0}</source>
        <translation>權重：{0}</translation>
    </message>
    <message>
        <source>Click to change it</source>
        <translation>點選即可修改</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Bias of {0}</source>
        <translation>{0} 的偏值</translation>
    </message>
    <message>
        <source>Bias</source>
        <translation>偏值</translation>
    </message>
    <message>
        <source>This layer has no biases (use_bias is off)</source>
        <translation>這一層沒有偏值（use_bias 已關閉）</translation>
    </message>
    <message>
        <source>Weight from {0} to {1}</source>
        <translation>從 {0} 到 {1} 的權重</translation>
    </message>
    <message>
        <source>neuron {0} of layer {1}</source>
        <translation>第 {1} 層的第 {0} 個神經元</translation>
    </message>
</context>
<context>
    <name>QtWeightPopup</name>
    <message>
        <source>Close (Esc)</source>
        <translation>關閉 (Esc)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>權重</translation>
    </message>
    <message>
        <source>Drag to change the value; the pictures follow as you drag</source>
        <translation>拖曳以變更數值；各圖會隨著拖曳即時更新</translation>
    </message>
    <message>
        <source>The value follows the training until you type or drag</source>
        <translation>在你輸入或拖曳之前，這個值會跟著訓練更新</translation>
    </message>
    <message>
        <source>At epoch {0}</source>
        <translation>第 {0} 個訓練週期時</translation>
    </message>
</context>
<context>
    <name>QtWeightsRow</name>
    <message>
        <source>Which ImageNet weights it loads shows once it receives images.</source>
        <translation>收到影像後，才會知道要載入哪一組 ImageNet 權重。</translation>
    </message>
    <message>
        <source>ImageNet weights: on this computer ({0}).</source>
        <translation>ImageNet 權重：已在這台電腦上（{0}）。</translation>
    </message>
    <message>
        <source>ImageNet weights: not on this computer yet. Training needs them.</source>
        <translation>ImageNet 權重：這台電腦上還沒有。訓練需要這些權重。</translation>
    </message>
    <message>
        <source>Download weights ({0})</source>
        <translation>下載權重（{0}）</translation>
    </message>
    <message>
        <source>Downloads {0} once into Keras&apos;s cache ({1}); no connection? Copy the file there.</source>
        <translation>將 {0} 下載一次到 Keras 的快取（{1}）；沒有網路連線？請把檔案複製到那裡。</translation>
    </message>
</context>
<context>
    <name>TensorBoardCommands</name>
    <message>
        <source>TensorBoard logging stopped: {0}</source>
        <translation>TensorBoard 記錄已停止：{0}</translation>
    </message>
</context>
<context>
    <name>_QtRaceRow</name>
    <message>
        <source>Take part in the race (the colour of its path)</source>
        <translation>參加競賽（路徑的顏色）</translation>
    </message>
    <message>
        <source>The Keras optimizer</source>
        <translation>Keras 優化器</translation>
    </message>
    <message>
        <source>Learning rate: the size of each step, a number above 0</source>
        <translation>學習率：每一步的大小，須大於 0</translation>
    </message>
    <message>
        <source>Momentum, from 0 to 0.999 (SGD and RMSprop): %s</source>
        <translation>動量，0 到 0.999（SGD 與 RMSprop）：%s</translation>
    </message>
    <message>
        <source>Remove this optimizer</source>
        <translation>移除這個優化器</translation>
    </message>
    <message>
        <source>the learning rate must be a number above 0, e.g. 0.01 (got “%s”)</source>
        <translation>學習率必須是大於 0 的數字，例如 0.01（收到「%s」）</translation>
    </message>
    <message>
        <source>momentum must be a number from 0 to 0.999, e.g. 0.9 (got “%s”)</source>
        <translation>動量必須是 0 到 0.999 之間的數字，例如 0.9（收到「%s」）</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Neural Network Playground</source>
        <translation>神經網路遊樂場</translation>
    </message>
    <message>
        <source>Cannot open experiment</source>
        <translation>無法開啟實驗</translation>
    </message>
    <message>
        <source>{0} does not exist (moved or deleted?).</source>
        <translation>{0} 不存在（已移動或刪除？）。</translation>
    </message>
</context>
<context>
    <name>callback_specs</name>
    <message>
        <source>Keras cannot tell whether {monitor!r} should fall or rise; monitor val_loss, loss or a compiled metric</source>
        <translation>Keras 無法判斷 {monitor!r} 應該下降還是上升；請監控 val_loss、loss 或已編譯的指標</translation>
    </message>
    <message>
        <source>must be a list of {{&quot;class_name&quot;: ..., &quot;config&quot;: {{...}}}} entries, got {callbacks}</source>
        <translation>必須是由 {{&quot;class_name&quot;: ..., &quot;config&quot;: {{...}}}} 項目組成的清單，收到的是 {callbacks}</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;EarlyStopping&quot;, &quot;config&quot;: {&quot;patience&quot;: 10}}</source>
        <translation>必須像這樣：{&quot;class_name&quot;: &quot;EarlyStopping&quot;, &quot;config&quot;: {&quot;patience&quot;: 10}}</translation>
    </message>
    <message>
        <source>unknown callback {name!r}; choose from {known}</source>
        <translation>未知的回呼函式 {name!r}；請從 {known} 中選擇</translation>
    </message>
    <message>
        <source>{name} appears twice; keep one</source>
        <translation>{name} 出現了兩次；請只保留一個</translation>
    </message>
    <message>
        <source>unexpected key {key!r}; an entry has class_name and config</source>
        <translation>不應有的鍵 {key!r}；每個項目只有 class_name 與 config</translation>
    </message>
    <message>
        <source>must be an object of settings, got {config}</source>
        <translation>必須是由設定組成的物件，收到的是 {config}</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: {settings}</source>
        <translation>{name} 沒有 {key!r} 這個設定；它的設定有：{settings}</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: none</source>
        <translation>{name} 沒有 {key!r} 這個設定；它沒有任何設定</translation>
    </message>
    <message>
        <source>{key} {problem}</source>
        <translation>{key} {problem}</translation>
    </message>
    <message>
        <source>{path} leads out of the run&apos;s folder through a symbolic link (to {target}): not written</source>
        <translation>{path} 透過符號連結（指向 {target}）通到執行資料夾之外：未寫入</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>必須是 true 或 false，收到的是 {value}</translation>
    </message>
    <message>
        <source>{value} is not recorded here; choose from {monitors}</source>
        <translation>這裡沒有記錄 {value}；請從 {monitors} 中選擇</translation>
    </message>
    <message>
        <source>must be the path of a .keras file, got {value}</source>
        <translation>必須是 .keras 檔案的路徑，收到的是 {value}</translation>
    </message>
    <message>
        <source>must end in .keras, got {value}</source>
        <translation>必須以 .keras 結尾，收到的是 {value}</translation>
    </message>
    <message>
        <source>must stay in the run&apos;s folder: give a relative path without &apos;..&apos;, got {value}</source>
        <translation>必須留在本次執行的資料夾裡：請給出不含「..」的相對路徑，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>必須是 {low} 到 {high} 的整數，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number above {low:g} and below {high:g}, got {value}</source>
        <translation>必須是大於 {low:g} 且小於 {high:g} 的數字，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {value}</source>
        <translation>必須是 {low:g} 到 {high:g} 的數字，收到的是 {value}</translation>
    </message>
    <message>
        <source>has a {{…}} Keras cannot fill; use one of {names}, e.g. best-{{epoch}}.keras, got {path!r}</source>
        <translation>含有 Keras 無法填入的 {{…}}；請使用 {names} 其中之一，例如 best-{{epoch}}.keras，收到的是 {path!r}</translation>
    </message>
</context>
<context>
    <name>callbacks</name>
    <message>
        <source>the recorded value to watch (val_… is measured on the test set); losses and errors should fall, accuracy should rise</source>
        <translation>要觀察的紀錄值（val_… 是在測試集上量測的）；損失與誤差應該下降，準確率應該上升</translation>
    </message>
    <message>
        <source>a change smaller than this does not count as an improvement</source>
        <translation>小於這個值的變化不算是改善</translation>
    </message>
    <message>
        <source>Early stopping</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Stops training when the monitored value has not improved by min_delta for patience epochs; restore_best_weights puts back the best epoch&apos;s weights at the end.</source>
        <translation>當監控的值連續 patience 個訓練週期都沒有改善至少 min_delta 時，就停止訓練；restore_best_weights 會在結束時還原最佳訓練週期的權重。</translation>
    </message>
    <message>
        <source>epochs without improvement before training stops</source>
        <translation>停止訓練前，可容許沒有改善的訓練週期數</translation>
    </message>
    <message>
        <source>when training ends (stopped early or not), put back the weights of the best epoch</source>
        <translation>訓練結束時（無論是否提前停止），還原最佳訓練週期的權重</translation>
    </message>
    <message>
        <source>epochs of warm-up that are not watched at all</source>
        <translation>完全不觀察的暖身訓練週期數</translation>
    </message>
    <message>
        <source>Reduce learning rate on plateau</source>
        <translation>停滯時調降學習率</translation>
    </message>
    <message>
        <source>Multiplies the learning rate by factor when the monitored value has not improved by min_delta for patience epochs, never below min_lr; cooldown pauses the counting after a reduction.</source>
        <translation>當監控的值連續 patience 個訓練週期都沒有改善至少 min_delta 時，將學習率乘以 factor，但不低於 min_lr；每次調降後，cooldown 會暫停計數。</translation>
    </message>
    <message>
        <source>new learning rate = learning rate × factor</source>
        <translation>新的學習率 = 學習率 × factor</translation>
    </message>
    <message>
        <source>epochs without improvement before the rate is lowered</source>
        <translation>調降學習率前，可容許沒有改善的訓練週期數</translation>
    </message>
    <message>
        <source>after a reduction, the next cooldown − 1 epochs do not count toward patience (Keras counts the cooldown down first, so 1 acts as 0)</source>
        <translation>每次調降後，接下來的 cooldown − 1 個訓練週期不計入 patience（Keras 會先倒數 cooldown，所以 1 等同於 0）</translation>
    </message>
    <message>
        <source>the learning rate is never lowered below this</source>
        <translation>學習率不會調降到低於這個值</translation>
    </message>
    <message>
        <source>Save the best model (checkpoint)</source>
        <translation>儲存最佳模型（檢查點）</translation>
    </message>
    <message>
        <source>Saves the model to a .keras file after each epoch whose monitored value is the best so far (after every epoch if save_best_only is off).</source>
        <translation>每當某個訓練週期的監控值是目前最佳時，就將模型儲存到 .keras 檔案（若關閉 save_best_only，則每個訓練週期之後都儲存）。</translation>
    </message>
    <message>
        <source>the .keras file to write; a relative path is relative to the experiment file&apos;s folder</source>
        <translation>要寫入的 .keras 檔案；相對路徑是以實驗檔案所在的資料夾為基準</translation>
    </message>
    <message>
        <source>the recorded value that decides which model is best (val_… is measured on the test set); losses and errors should fall, accuracy should rise</source>
        <translation>決定哪個模型最佳的紀錄值（val_… 是在測試集上量測的）；損失與誤差應該下降，準確率應該上升</translation>
    </message>
    <message>
        <source>save only when the monitored value is the best so far; off: after every epoch</source>
        <translation>只在監控值是目前最佳時儲存；關閉時：每個訓練週期之後都儲存</translation>
    </message>
    <message>
        <source>Stop on NaN</source>
        <translation>遇到 NaN 即停止</translation>
    </message>
    <message>
        <source>Stops training at the first batch whose loss is NaN or infinite.</source>
        <translation>只要某個批次的損失是 NaN 或無限大，就立即停止訓練。</translation>
    </message>
</context>
<context>
    <name>class_names</name>
    <message>
        <source>circle</source>
        <translation>圓形</translation>
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
        <translation>叉形</translation>
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
        <translation>平穩</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>負面</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>正面</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>T 恤/上衣</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>長褲</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>套頭毛衣</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>洋裝</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>外套</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>涼鞋</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>襯衫</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>運動鞋</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>包包</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>短靴</translation>
    </message>
    <message>
        <source>airplane</source>
        <translation>飛機</translation>
    </message>
    <message>
        <source>automobile</source>
        <translation>汽車</translation>
    </message>
    <message>
        <source>bird</source>
        <translation>鳥</translation>
    </message>
    <message>
        <source>cat</source>
        <translation>貓</translation>
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
        <translation>馬</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>船</translation>
    </message>
    <message>
        <source>truck</source>
        <translation>卡車</translation>
    </message>
    <message>
        <source>malignant</source>
        <translation>惡性</translation>
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
        <translation>使用哪個資料集（以及匯入資料）</translation>
    </message>
    <message>
        <source>Training data ratio</source>
        <translation>訓練資料比例</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>Number of samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新產生</translation>
    </message>
    <message>
        <source>Preprocessing and split</source>
        <translation>前處理與切分</translation>
    </message>
    <message>
        <source>Input features</source>
        <translation>輸入特徵</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>Optimizer and its settings</source>
        <translation>優化器及其設定</translation>
    </message>
    <message>
        <source>Learning rate (and the range test)</source>
        <translation>學習率（以及範圍測試）</translation>
    </message>
    <message>
        <source>Learning-rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Epoch limit</source>
        <translation>訓練週期上限</translation>
    </message>
    <message>
        <source>Callbacks</source>
        <translation>回呼函式</translation>
    </message>
    <message>
        <source>Layer editor</source>
        <translation>層編輯器</translation>
    </message>
    <message>
        <source>Runs, overfitting lab and doctor</source>
        <translation>執行紀錄、過度擬合實驗室與診斷</translation>
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
        <translation>無法讀取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{name} is larger than {mb} MB: use a sample of its rows</source>
        <translation>{name} 大於 {mb} MB：請只取其中一部分的資料列</translation>
    </message>
    <message>
        <source>{name}, line {line}: not UTF-8 text; save the file as CSV UTF-8</source>
        <translation>{name}，第 {line} 行：不是 UTF-8 文字；請將檔案另存為 CSV UTF-8</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} 是空的</translation>
    </message>
    <message>
        <source>{name} is not a text file: choose a .csv table</source>
        <translation>{name} 不是文字檔：請選擇 .csv 表格</translation>
    </message>
    <message>
        <source>{name} holds no values, only separators</source>
        <translation>{name} 只有分隔符號，沒有任何值</translation>
    </message>
    <message>
        <source>{name} has {n} columns; the playground takes at most {most}: keep the columns you need</source>
        <translation>{name} 有 {n} 欄；遊樂場最多接受 {most} 欄：只保留需要的欄</translation>
    </message>
    <message>
        <source>{name}: the first row names one column; a table needs inputs and a target column</source>
        <translation>{name}：第一列只有一個欄名；表格需要輸入欄與一個目標欄</translation>
    </message>
    <message>
        <source>{name}: column {column} has no name in the first row: give every column a name</source>
        <translation>{name}：第 {column} 欄在第一列中沒有名稱：請為每一欄命名</translation>
    </message>
    <message>
        <source>{name}: two columns are called {column!r}: rename one</source>
        <translation>{name}：有兩欄都叫做 {column!r}：請將其中一欄改名</translation>
    </message>
    <message>
        <source>{name} has a header but {n} data row(s): a table needs rows to learn from</source>
        <translation>{name} 有標題列，但只有 {n} 列資料：表格需要足夠的資料列才能學習</translation>
    </message>
    <message>
        <source>{name}, row {row}: {values} values but the header names {columns} columns; fix that row (a missing separator, or a comma inside a value without quotes)</source>
        <translation>{name}，第 {row} 列：有 {values} 個值，但標題列列出 {columns} 欄；請修正這一列（可能少了分隔符號，或某個值內含逗號卻沒有加引號）</translation>
    </message>
    <message>
        <source>{name}: column {column!r} is empty in every row: leave it out of the file</source>
        <translation>{name}：{column!r} 欄在每一列都是空的：請從檔案中移除這一欄</translation>
    </message>
    <message>
        <source>{name}: two columns hold sample weights ({columns}): rename or remove one</source>
        <translation>{name}：有兩欄都存放樣本權重（{columns}）：請將其中一欄改名或移除</translation>
    </message>
    <message>
        <source>{name} has no column {target!r}; its columns are {columns}</source>
        <translation>{name} 沒有 {target!r} 這一欄；它的欄位有 {columns}</translation>
    </message>
    <message>
        <source>{name}: the column {target!r} holds sample weights (Keras&apos;s sample_weight), so it cannot be the target: choose another target, or rename the column to predict it</source>
        <translation>{name}：{target!r} 欄存放的是樣本權重（Keras 的 sample_weight），所以不能當作目標：請選擇其他目標，或將該欄改名以便預測它</translation>
    </message>
    <message>
        <source>missing values: choose one of {choices}, not {missing!r}</source>
        <translation>缺失值：請從 {choices} 中選擇一個，而不是 {missing!r}</translation>
    </message>
    <message>
        <source>{name} has no column {column!r} to leave out</source>
        <translation>{name} 沒有可略過的 {column!r} 欄</translation>
    </message>
    <message>
        <source>{name}: no input columns are left besides the target {target!r}</source>
        <translation>{name}：除了目標 {target!r} 之外，已經沒有剩下任何輸入欄</translation>
    </message>
    <message>
        <source>{name}: every row has a gap in some input column: fill the gaps instead</source>
        <translation>{name}：每一列的某個輸入欄都有空缺：請改用填補空缺的方式</translation>
    </message>
    <message>
        <source>{name}: column {column!r} is empty in every row that has a {target}: leave it out</source>
        <translation>{name}：在有 {target} 的每一列中，{column!r} 欄都是空的：請略過這一欄</translation>
    </message>
    <message>
        <source>{name}: the target {target!r} holds text ({bad!r}): regression needs numbers; choose classification</source>
        <translation>{name}：目標 {target!r} 含有文字（{bad!r}）：迴歸需要數字；請選擇 classification</translation>
    </message>
    <message>
        <source>problem must be classification, multiclass or regression, not {problem!r}</source>
        <translation>problem 必須是 classification、multiclass 或 regression，而不是 {problem!r}</translation>
    </message>
    <message>
        <source>{name}: the target {target!r}</source>
        <translation>{name}：目標 {target!r}</translation>
    </message>
    <message>
        <source>no weight</source>
        <translation>缺少權重</translation>
    </message>
    <message>
        <source>{value!r} is not a weight</source>
        <translation>{value!r} 不是有效的權重</translation>
    </message>
    <message>
        <source>{name}, row {row}: {what} in column {column!r}; give every row a number 0 or more (0 leaves the row out of training)</source>
        <translation>{name}，第 {row} 列的 {column!r} 欄：{what}；每一列都要填 0 或以上的數字（0 表示該列不參與訓練）</translation>
    </message>
    <message>
        <source>{name}: column {column!r}</source>
        <translation>{name}：{column!r} 欄</translation>
    </message>
    <message>
        <source>{name}, row {row}: column {column!r} holds {value!r}, not a finite number; fix that cell</source>
        <translation>{name}，第 {row} 列：欄 {column!r} 的值 {value!r} 不是有限的數；請修改該儲存格</translation>
    </message>
    <message>
        <source>{name}, line {line}: a cell of more than {limit} characters. Look for a quote mark that opens a cell and never closes it: the rest of the file became one cell</source>
        <translation>{name}，第 {line} 行：有一個儲存格超過 {limit} 個字元。請找出開啟儲存格卻從未關閉的引號：檔案其餘部分都變成了同一個儲存格</translation>
    </message>
    <message>
        <source>{name}, line {line}: the quote marks of this line do not pair up ({reason}); fix the line</source>
        <translation>{name}，第 {line} 行：這一行的引號不成對（{reason}）；請修正這一行</translation>
    </message>
    <message>
        <source>{name} has {rows} rows of {columns} values; the playground reads at most {most} values: use a sample of its rows</source>
        <translation>{name} 有 {rows} 列、每列 {columns} 個值；遊樂場最多讀取 {most} 個值：請只用其中一部分列</translation>
    </message>
</context>
<context>
    <name>curve_marks</name>
    <message>
        <source>early stop</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>best weights back</source>
        <translation>還原最佳權重</translation>
    </message>
    <message>
        <source>lr ↓</source>
        <translation>lr ↓</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>went back</source>
        <translation>已回溯</translation>
    </message>
    <message>
        <source>best epoch {value:.0f}</source>
        <translation>最佳訓練週期 {value:.0f}</translation>
    </message>
    <message>
        <source>early stopping (patience {patience}) would stop here</source>
        <translation>提前停止（patience {patience}）會在這裡停止</translation>
    </message>
    <message>
        <source>would stop (patience {patience})</source>
        <translation>會在這裡停止（patience {patience}）</translation>
    </message>
    <message>
        <source>epoch {0}: {1}</source>
        <translation>第 {0} 個訓練週期：{1}</translation>
    </message>
</context>
<context>
    <name>datasets</name>
    <message>
        <source>Circle</source>
        <translation>圓形</translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation>互斥或</translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation>高斯分布</translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation>雙月形</translation>
    </message>
    <message>
        <source>Plane (regression)</source>
        <translation>平面（迴歸）</translation>
    </message>
    <message>
        <source>Multi-Gaussian (regression)</source>
        <translation>多重高斯（迴歸）</translation>
    </message>
    <message>
        <source>Digits: 8×8 handwritten digits, 10 classes (scikit-learn)</source>
        <translation>手寫數字：8×8 的手寫數字，10 個類別（scikit-learn）</translation>
    </message>
    <message>
        <source>Shapes: 28×28 drawn circles, squares, triangles, crosses</source>
        <translation>形狀：28×28 手繪的圓形、正方形、三角形、叉形</translation>
    </message>
    <message>
        <source>Sequences: 20-step waves rising, falling or steady in pitch</source>
        <translation>序列：20 步的波形，音高上升、下降或平穩</translation>
    </message>
    <message>
        <source>Reviews: 12-word texts, positive or negative</source>
        <translation>評論：12 個字的短文，正面或負面</translation>
    </message>
    <message>
        <source>Iris: 4 measurements of 150 flowers, 3 species (scikit-learn)</source>
        <translation>鳶尾花：150 朵花的 4 項測量值，3 個品種（scikit-learn）</translation>
    </message>
    <message>
        <source>Wine: 13 chemical measurements of 178 wines, 3 cultivars (scikit-learn)</source>
        <translation>葡萄酒：178 支葡萄酒的 13 項化學測量值，3 個葡萄品種（scikit-learn）</translation>
    </message>
    <message>
        <source>Breast cancer: 30 cell measurements of 569 tumours, malignant or benign (scikit-learn)</source>
        <translation>乳癌：569 個腫瘤的 30 項細胞測量值，惡性或良性（scikit-learn）</translation>
    </message>
    <message>
        <source>Diabetes (regression): 10 measurements of 442 patients, disease progression (scikit-learn)</source>
        <translation>糖尿病（迴歸）：442 位病患的 10 項測量值，預測病情進展（scikit-learn）</translation>
    </message>
    <message>
        <source>{n} of {name}&apos;s {total} samples</source>
        <translation>{name} 的 {total} 個樣本中的 {n} 個</translation>
    </message>
    <message>
        <source>the drawing has {n} points: draw at least a few on the plane (click or drag)</source>
        <translation>手繪資料只有 {n} 個資料點：請至少在平面上畫幾個（點選或拖曳）</translation>
    </message>
    <message>
        <source>every drawn point is of class {has}: draw some points of class {missing} too</source>
        <translation>所有手繪資料點都屬於類別 {has}：也請畫一些類別 {missing} 的資料點</translation>
    </message>
    <message>
        <source>the drawing is for {n} classes, but no point is of class {missing} yet: draw some of each class, or choose fewer classes</source>
        <translation>這幅手繪有 {n} 個類別，但還沒有類別 {missing} 的資料點：請每個類別都畫一些資料點，或選擇較少的類別</translation>
    </message>
    <message>
        <source>the split leaves no test points ({n} drawn, {percent} % held out): draw more points, or hold out less</source>
        <translation>切分後沒有測試資料點（畫了 {n} 個，留出 {percent} %）：請多畫一些資料點，或少留出一些</translation>
    </message>
</context>
<context>
    <name>dense_edits</name>
    <message>
        <source>Only hidden layers change here: the output&apos;s size follows the data</source>
        <translation>這裡只能變更隱藏層：輸出的大小取決於資料</translation>
    </message>
    <message>
        <source>A layer has at most {most} neurons: this one is full</source>
        <translation>一層最多有 {most} 個神經元：這一層已滿</translation>
    </message>
    <message>
        <source>A layer keeps at least one neuron: remove the layer with its − button instead</source>
        <translation>一層至少要保留一個神經元：請改用這一層的 − 按鈕移除整層</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>Only one epoch so far.</source>
        <translation>目前只有一個訓練週期。</translation>
    </message>
    <message>
        <source>Only {n} epochs so far.</source>
        <translation>目前只有 {n} 個訓練週期。</translation>
    </message>
    <message>
        <source>The doctor reads the curves after {n} epochs: keep training.</source>
        <translation>診斷功能會在 {n} 個訓練週期後檢查曲線：請繼續訓練。</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>還言之過早</translation>
    </message>
    <message>
        <source>over a million</source>
        <translation>超過 1,000,000</translation>
    </message>
    <message>
        <source>about {n}</source>
        <translation>約 {n}</translation>
    </message>
    <message>
        <source>The loss became NaN (not a number) at epoch {epoch}.</source>
        <translation>損失在第 {epoch} 個訓練週期變成 NaN（不是數字）。</translation>
    </message>
    <message>
        <source>The validation loss became NaN (not a number) at epoch {epoch}.</source>
        <translation>驗證損失在第 {epoch} 個訓練週期變成 NaN（不是數字）。</translation>
    </message>
    <message>
        <source>The loss became infinite at epoch {epoch}.</source>
        <translation>損失在第 {epoch} 個訓練週期變成無限大。</translation>
    </message>
    <message>
        <source>The validation loss became infinite at epoch {epoch}.</source>
        <translation>驗證損失在第 {epoch} 個訓練週期變成無限大。</translation>
    </message>
    <message>
        <source>It had grown from {low} to {high} before that: the updates overshoot.</source>
        <translation>在那之前，它已從 {low} 增加到 {high}：每次更新都衝過頭了。</translation>
    </message>
    <message>
        <source>Lower the learning rate ten-fold (from {lr} to {lower}) or clip the gradients (clipnorm 1 in Optimizer settings), then press Reset: the weights are broken now.</source>
        <translation>將學習率降為十分之一（從 {lr} 降到 {lower}），或裁剪梯度（在「優化器設定」中設 clipnorm 為 1），然後按「重設」：現在的權重已經壞掉了。</translation>
    </message>
    <message>
        <source>The learning rate is already small: check that the inputs are scaled and the loss fits the data.</source>
        <translation>學習率已經很小了：請檢查輸入是否已縮放，以及損失函數是否適合這份資料。</translation>
    </message>
    <message>
        <source>The loss blew up</source>
        <translation>損失爆掉了</translation>
    </message>
    <message>
        <source>The training loss is {loss}, {times} times the {guessing} that giving every class the same probability would cost.</source>
        <translation>訓練損失為 {loss}，是每個類別都給相同機率時的損失 {guessing} 的 {times} 倍。</translation>
    </message>
    <message>
        <source>The training loss has risen to {loss}, from {lowest} at its lowest.</source>
        <translation>訓練損失已從最低點的 {lowest} 上升到 {loss}。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is too high: each step overshoots the valley of the loss and throws the weights further out.</source>
        <translation>學習率 {lr} 太高：每一步都衝過損失的谷底，把權重甩得更遠。</translation>
    </message>
    <message>
        <source>What the layers show comes from these steps: {findings}.</source>
        <translation>各層出現的問題都是這樣的步伐造成的：{findings}。</translation>
    </message>
    <message>
        <source>Lower the learning rate ten-fold (from {lr} to {lower}) and press Reset to start again.</source>
        <translation>將學習率降為十分之一（從 {lr} 降到 {lower}），然後按「重設」重新開始。</translation>
    </message>
    <message>
        <source>Find…, beside the learning rate, tries a range of rates and suggests one.</source>
        <translation>學習率旁的「尋找…」會試一系列的學習率，並建議其中一個。</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>學習率太高</translation>
    </message>
    <message>
        <source>After {n} epochs the training accuracy is {accuracy}, about what guessing gives ({chance}).</source>
        <translation>經過 {n} 個訓練週期，訓練準確率為 {accuracy}，跟用猜的差不多（{chance}）。</translation>
    </message>
    <message>
        <source>After {n} epochs the loss is {loss}, hardly below the first epoch&apos;s {first}.</source>
        <translation>經過 {n} 個訓練週期，損失為 {loss}，幾乎沒有低於第一個訓練週期的 {first}。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is very small: each step changes the weights too little.</source>
        <translation>學習率 {lr} 非常小：每一步對權重的改變都太少。</translation>
    </message>
    <message>
        <source>Raise the learning rate, e.g. to {higher}, or use Adam.</source>
        <translation>請提高學習率，例如調到 {higher}，或改用 Adam。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is large: the loss jumps around instead of going down.</source>
        <translation>學習率 {lr} 太大：損失上下跳動，而不是往下降。</translation>
    </message>
    <message>
        <source>The learning rate {lr} is large: the loss stays stuck instead of going down.</source>
        <translation>學習率 {lr} 太大：損失卡住不動，而不是往下降。</translation>
    </message>
    <message>
        <source>Lower the learning rate ten-fold (to {lower}) and press Reset.</source>
        <translation>將學習率降為十分之一（降到 {lower}），然後按「重設」。</translation>
    </message>
    <message>
        <source>Check that the chosen input features can separate the classes, try a learning rate ten times larger or smaller, or switch to Adam.</source>
        <translation>請檢查所選的輸入特徵是否能區分各類別，試試把學習率調大或調小十倍，或改用 Adam。</translation>
    </message>
    <message>
        <source>Most ReLU units are dead and pass nothing on (see Dead ReLU units).</source>
        <translation>大部分 ReLU 單元都已死亡，什麼都傳不出去（見「死亡的 ReLU 單元」）。</translation>
    </message>
    <message>
        <source>Bring the dead units back first: use He initialisation with zero biases, LeakyReLU or a lower learning rate.</source>
        <translation>先讓死亡的單元復活：使用 He 初始化搭配零偏值、改用 LeakyReLU，或調低學習率。</translation>
    </message>
    <message>
        <source>The gradient hardly reaches the first layers (see Vanishing gradients).</source>
        <translation>梯度幾乎傳不到前面幾層（見「梯度消失」）。</translation>
    </message>
    <message>
        <source>Let the gradient through first: ReLU activations, Glorot or He initialisation, or fewer layers.</source>
        <translation>先讓梯度傳得過去：使用 ReLU 激活函數、Glorot 或 He 初始化，或減少層數。</translation>
    </message>
    <message>
        <source>Most hidden units are saturated (see Saturated units).</source>
        <translation>大部分隱藏單元都已飽和（見「飽和的單元」）。</translation>
    </message>
    <message>
        <source>Not learning</source>
        <translation>沒有在學習</translation>
    </message>
    <message>
        <source>Over the last {n} epochs the training loss went up {ups} times and changed by {change} from one epoch to the next (median).</source>
        <translation>在最近 {n} 個訓練週期中，訓練損失上升了 {ups} 次，每個訓練週期之間的變化量為 {change}（中位數）。</translation>
    </message>
    <message>
        <source>The training accuracy jumps by {points} points from epoch to epoch.</source>
        <translation>訓練準確率在各訓練週期之間跳動 {points} 個百分點。</translation>
    </message>
    <message>
        <source>The steps are too large: they overshoot the valley of the loss.</source>
        <translation>步伐太大：一再衝過損失的谷底。</translation>
    </message>
    <message>
        <source>Lower the learning rate (e.g. to {lower}) or raise the batch size.</source>
        <translation>請調低學習率（例如調到 {lower}），或加大批次大小。</translation>
    </message>
    <message>
        <source>Oscillating</source>
        <translation>振盪</translation>
    </message>
    <message>
        <source>Training accuracy {accuracy} but validation {validation} at epoch {epoch}.</source>
        <translation>在第 {epoch} 個訓練週期，訓練準確率為 {accuracy}，但驗證準確率只有 {validation}。</translation>
    </message>
    <message>
        <source>The validation loss has risen since epoch {epoch} (from {low} to {now}) while the training loss kept falling.</source>
        <translation>驗證損失從第 {epoch} 個訓練週期起就一直上升（從 {low} 到 {now}），而訓練損失仍持續下降。</translation>
    </message>
    <message>
        <source>The validation loss ({validation}) is {ratio} times the training loss ({training}).</source>
        <translation>驗證損失（{validation}）是訓練損失（{training}）的 {ratio} 倍。</translation>
    </message>
    <message>
        <source>Add Dropout or L2 regularisation, get more data (raise the training fraction or the samples), or shrink the network.</source>
        <translation>加入 Dropout 或 L2 正則化、取得更多資料（提高訓練資料比例或樣本數），或縮小網路。</translation>
    </message>
    <message>
        <source>Early stopping on the validation loss (patience {patience}) would have stopped at epoch {stop} and kept the weights of epoch {best}.</source>
        <translation>若以驗證損失進行提前停止（patience {patience}），會在第 {stop} 個訓練週期停止，並保留第 {best} 個訓練週期的權重。</translation>
    </message>
    <message>
        <source>Overfitting</source>
        <translation>過度擬合</translation>
    </message>
    <message>
        <source>Training accuracy {accuracy} and validation {validation} at epoch {epoch}, and the training loss has stopped falling.</source>
        <translation>在第 {epoch} 個訓練週期，訓練準確率為 {accuracy}，驗證準確率為 {validation}，而且訓練損失已不再下降。</translation>
    </message>
    <message>
        <source>The training loss has stopped falling at {loss}, still {share} of the first epoch&apos;s {first}.</source>
        <translation>訓練損失停在 {loss} 不再下降，仍是第一個訓練週期 {first} 的 {share}。</translation>
    </message>
    <message>
        <source>The network cannot fit even the training data: it is too simple for it or has stalled.</source>
        <translation>網路連訓練資料都無法擬合：對這份資料來說它太簡單了，或是已經停滯。</translation>
    </message>
    <message>
        <source>Make the network bigger (more units or layers, a non-linear activation), add input features or train longer.</source>
        <translation>把網路加大（更多單元或層、使用非線性激活函數）、加入更多輸入特徵，或訓練久一點。</translation>
    </message>
    <message>
        <source>Make the network bigger (more units or layers, a non-linear activation), add input features, train longer or raise the learning rate (now {lr}).</source>
        <translation>把網路加大（更多單元或層、使用非線性激活函數）、加入更多輸入特徵、訓練久一點，或提高學習率（目前為 {lr}）。</translation>
    </message>
    <message>
        <source>If the data are very noisy, this may be as good as it gets.</source>
        <translation>如果資料的雜訊很大，這可能已經是最好的結果了。</translation>
    </message>
    <message>
        <source>Underfitting</source>
        <translation>擬合不足</translation>
    </message>
    <message>
        <source>Training and validation agree: accuracy {training} and {validation} at epoch {epoch}.</source>
        <translation>訓練與驗證一致：在第 {epoch} 個訓練週期，準確率分別為 {training} 與 {validation}。</translation>
    </message>
    <message>
        <source>Training and validation agree: loss {training} and {validation} at epoch {epoch}.</source>
        <translation>訓練與驗證一致：在第 {epoch} 個訓練週期，損失分別為 {training} 與 {validation}。</translation>
    </message>
    <message>
        <source>The loss is {loss} at epoch {epoch}.</source>
        <translation>在第 {epoch} 個訓練週期，損失為 {loss}。</translation>
    </message>
    <message>
        <source>The loss is still falling.</source>
        <translation>損失仍在下降。</translation>
    </message>
    <message>
        <source>The loss has settled.</source>
        <translation>損失已趨於穩定。</translation>
    </message>
    <message>
        <source>Nothing to fix: keep training while the loss falls.</source>
        <translation>沒有需要修正的地方：損失還在下降，就繼續訓練吧。</translation>
    </message>
    <message>
        <source>Nothing to fix: you can stop here, or try a smaller network to see how little is enough.</source>
        <translation>沒有需要修正的地方：可以在這裡停止，或試試更小的網路，看看最少需要多大。</translation>
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
        <translation>這些層的輸出大多落在激活函數平坦的兩端：{layers}。</translation>
    </message>
    <message>
        <source>There the slope is almost zero, so they learn very slowly.</source>
        <translation>那裡的斜率幾乎為零，所以學得非常慢。</translation>
    </message>
    <message>
        <source>Start from smaller weights (Glorot initialisation), scale the inputs (standardise), or add BatchNormalization before the activation.</source>
        <translation>從較小的權重開始（Glorot 初始化）、縮放輸入（標準化），或在激活函數之前加入 BatchNormalization。</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}): large steps push the weights far out.</source>
        <translation>請調低學習率（目前為 {lr}）：太大的步伐會把權重推得很遠。</translation>
    </message>
    <message>
        <source>The model fits the training data anyway, so this only matters if it must learn more.</source>
        <translation>模型還是能擬合訓練資料，所以只有在它需要學更多時，這才會有影響。</translation>
    </message>
    <message>
        <source>Saturated units</source>
        <translation>飽和的單元</translation>
    </message>
    <message>
        <source>{name} ({dead} of {units} units, {share})</source>
        <translation>{name}（{units} 個單元中有 {dead} 個，{share}）</translation>
    </message>
    <message>
        <source>ReLU units that never output anything positive on the samples are dead: {layers}.</source>
        <translation>在這些樣本上從未輸出任何正值的 ReLU 單元已經死亡：{layers}。</translation>
    </message>
    <message>
        <source>A dead unit passes nothing on and gets no gradient, so it never recovers.</source>
        <translation>死亡的單元什麼都傳不出去，也得不到梯度，所以永遠無法恢復。</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}), start from He initialisation with zero biases, use LeakyReLU or ELU instead of ReLU, or add BatchNormalization; then press Reset.</source>
        <translation>調低學習率（目前為 {lr}）、從 He 初始化搭配零偏值開始、用 LeakyReLU 或 ELU 取代 ReLU，或加入 BatchNormalization；然後按「重設」。</translation>
    </message>
    <message>
        <source>The model fits the training data anyway: the dead units are only wasted capacity.</source>
        <translation>模型還是能擬合訓練資料：死亡的單元只是浪費了容量。</translation>
    </message>
    <message>
        <source>Dead ReLU units</source>
        <translation>死亡的 ReLU 單元</translation>
    </message>
    <message>
        <source>The gradient at {layer} is {norm}.</source>
        <translation>{layer} 的梯度為 {norm}。</translation>
    </message>
    <message>
        <source>The first layer ({first}) gets no gradient at all, against {norm} at the last ({last}).</source>
        <translation>第一層（{first}）完全得不到梯度，而最後一層（{last}）的梯度為 {norm}。</translation>
    </message>
    <message>
        <source>The gradient at the first layer ({first}, {first_norm}) is {times} times smaller than at the last ({last}, {last_norm}).</source>
        <translation>第一層（{first}，{first_norm}）的梯度比最後一層（{last}，{last_norm}）小了{times} 倍。</translation>
    </message>
    <message>
        <source>The gradient at the first layer ({first}, {first_norm}) is {times} times larger than at the last ({last}, {last_norm}).</source>
        <translation>第一層（{first}，{first_norm}）的梯度比最後一層（{last}，{last_norm}）大了{times} 倍。</translation>
    </message>
    <message>
        <source>The outputs of the deepest hidden layer ({deepest}) spread only {spread}, against {first_spread} at the first ({first}): the signal fades layer by layer.</source>
        <translation>最深隱藏層（{deepest}）的輸出分散程度只有 {spread}，而第一層（{first}）為 {first_spread}：訊號一層一層地衰減。</translation>
    </message>
    <message>
        <source>Vanishing gradients</source>
        <translation>梯度消失</translation>
    </message>
    <message>
        <source>The first layers barely learn.</source>
        <translation>前面幾層幾乎學不到東西。</translation>
    </message>
    <message>
        <source>Use ReLU in the hidden layers, start from Glorot or He initialisation instead of tiny weights, add BatchNormalization, or use fewer layers.</source>
        <translation>在隱藏層使用 ReLU、以 Glorot 或 He 初始化取代極小的權重、加入 BatchNormalization，或減少層數。</translation>
    </message>
    <message>
        <source>Exploding gradients</source>
        <translation>梯度爆炸</translation>
    </message>
    <message>
        <source>Such large gradients throw the weights far off with every step.</source>
        <translation>這麼大的梯度每一步都會把權重甩得老遠。</translation>
    </message>
    <message>
        <source>Lower the learning rate (now {lr}), clip the gradients (clipnorm 1 in Optimizer settings), start from smaller weights (Glorot or He initialisation), or add BatchNormalization.</source>
        <translation>調低學習率（目前為 {lr}）、裁剪梯度（在「優化器設定」中設 clipnorm 為 1）、從較小的權重開始（Glorot 或 He 初始化），或加入 BatchNormalization。</translation>
    </message>
</context>
<context>
    <name>download_dialog</name>
    <message>
        <source>{0} weights</source>
        <translation>{0} 權重</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Preparing {0}…</source>
        <translation>正在準備 {0}…</translation>
    </message>
    <message>
        <source>Download {0}</source>
        <translation>下載 {0}</translation>
    </message>
    <message>
        <source>Could not prepare {0}: {1}</source>
        <translation>無法準備 {0}：{1}</translation>
    </message>
    <message>
        <source>Downloading {name}… {done} MB</source>
        <translation>正在下載 {name}… {done} MB</translation>
    </message>
    <message>
        <source>Downloading {name}… {done} of {total} MB</source>
        <translation>正在下載 {name}… {done} / {total} MB</translation>
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
        <translation>變更資料</translation>
    </message>
    <message>
        <source>Change callbacks</source>
        <translation>變更回呼函式</translation>
    </message>
    <message>
        <source>Change class weights</source>
        <translation>變更類別權重</translation>
    </message>
    <message>
        <source>Change learning rate</source>
        <translation>變更學習率</translation>
    </message>
    <message>
        <source>Change schedule</source>
        <translation>變更排程</translation>
    </message>
    <message>
        <source>Change validation</source>
        <translation>變更驗證方式</translation>
    </message>
    <message>
        <source>Change optimizer</source>
        <translation>變更優化器</translation>
    </message>
    <message>
        <source>Change momentum</source>
        <translation>變更動量</translation>
    </message>
    <message>
        <source>Choose input features</source>
        <translation>選擇輸入特徵</translation>
    </message>
    <message>
        <source>Regenerate data</source>
        <translation>重新產生資料</translation>
    </message>
    <message>
        <source>Show or hide controls</source>
        <translation>顯示或隱藏控制項</translation>
    </message>
    <message>
        <source>Change {0}</source>
        <translation>變更{0}</translation>
    </message>
    <message>
        <source>Change {0} settings</source>
        <translation>變更 {0} 設定</translation>
    </message>
</context>
<context>
    <name>examples</name>
    <message>
        <source>Circle</source>
        <translation>圓形</translation>
    </message>
    <message>
        <source>Two Gaussians, overfitted</source>
        <translation>兩團高斯分布，過度擬合</translation>
    </message>
    <message>
        <source>Multi-Gaussian regression</source>
        <translation>多重高斯迴歸</translation>
    </message>
    <message>
        <source>Spiral, deep network</source>
        <translation>螺旋，深層網路</translation>
    </message>
    <message>
        <source>Exclusive or with one feature</source>
        <translation>只用一個特徵的互斥或</translation>
    </message>
</context>
<context>
    <name>experiment</name>
    <message>
        <source>must be a JSON object</source>
        <translation>必須是 JSON 物件</translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;, got {got}</source>
        <translation>必須是 &quot;{format}&quot;，收到的是 {got}</translation>
    </message>
    <message>
        <source>this playground reads version {version}, got {got}</source>
        <translation>這個遊樂場讀取的是第 {version} 版，收到的是 {got}</translation>
    </message>
    <message>
        <source>{wrong} is not a control; the controls: {controls}</source>
        <translation>{wrong} 不是控制項；控制項有：{controls}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 0, got {got}</source>
        <translation>必須是 ≥ 0 的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be at most {most}, got {got}</source>
        <translation>必須不大於 {most}，收到的是 {got}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (byte {byte} cannot be read): save it again as UTF-8</source>
        <translation>不是 UTF-8 文字（第 {byte} 個位元組無法讀取）：請另存為 UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON: {error} at line {line}, column {column}</source>
        <translation>不是有效的 JSON：{error}（第 {line} 行，第 {column} 欄）</translation>
    </message>
    <message>
        <source>holds a number with more than {digits} digits; no setting takes such a number</source>
        <translation>含有超過 {digits} 位的數字；沒有任何設定接受這麼大的數</translation>
    </message>
    <message>
        <source>is nested deeper than {levels} levels of lists and objects; no playground file is: it is damaged or not a playground file</source>
        <translation>清單和物件巢狀超過 {levels} 層；遊樂場的檔案不會這樣：檔案已損壞，或不是遊樂場檔案</translation>
    </message>
    <message>
        <source>is {size:.0f} MB; a file of this kind holds at most {most:g} MB</source>
        <translation>大小為 {size:.0f} MB；這類檔案最多 {most:g} MB</translation>
    </message>
    <message>
        <source>cannot be read: {error}</source>
        <translation>無法讀取：{error}</translation>
    </message>
    <message>
        <source>must be the path of a .keras file or null, got {got}</source>
        <translation>必須是 .keras 檔案的路徑或 null，收到的是 {got}</translation>
    </message>
    <message>
        <source>an Input cannot be an output: add the layers that turn it into a prediction after it</source>
        <translation>Input 不能當作輸出：請在它之後加入能把它轉換成預測的層</translation>
    </message>
    <message>
        <source>its loss {loss} does not fit {problem} targets: choose {losses}</source>
        <translation>它的損失函數 {loss} 不適用於 {problem} 的目標：請選擇 {losses}</translation>
    </message>
    <message>
        <source>outputs {shape} but the inputs it rebuilds are {want}: end with Reshape to {want}</source>
        <translation>輸出為 {shape}，但它要重建的輸入是 {want}：請以 Reshape 成 {want} 作結尾</translation>
    </message>
    <message>
        <source>outputs {shape} but the inputs it rebuilds are {want} ({n} values): end with Dense({n}) and Reshape to {want}</source>
        <translation>輸出為 {shape}，但它要重建的輸入是 {want}（{n} 個值）：請以 Dense({n}) 加上 Reshape 成 {want} 作結尾</translation>
    </message>
    <message>
        <source>turn return_sequences off on the last recurrent layer, or add GlobalAveragePooling1D</source>
        <translation>請在最後一個循環層關閉 return_sequences，或加入 GlobalAveragePooling1D</translation>
    </message>
    <message>
        <source>add Flatten or GlobalAveragePooling2D and a Dense layer</source>
        <translation>請加入 Flatten 或 GlobalAveragePooling2D，以及一個 Dense 層</translation>
    </message>
    <message>
        <source>outputs {shape} but the model must give {n} value(s) per sample: {fix}</source>
        <translation>輸出為 {shape}，但模型必須為每個樣本給出 {n} 個值：{fix}</translation>
    </message>
    <message>
        <source>the last layer has {units} unit(s) but the data has {classes} classes: set its units to {classes} (softmax gives one probability per class)</source>
        <translation>最後一層有 {units} 個單元，但資料有 {classes} 個類別：請將它的 units 設為 {classes}（softmax 會為每個類別給出一個機率）</translation>
    </message>
    <message>
        <source>this output has {units} unit(s) but the data has {classes} classes: set its units to {classes} (softmax gives one probability per class)</source>
        <translation>這個輸出有 {units} 個單元，但資料有 {classes} 個類別：請將它的 units 設為 {classes}（softmax 會為每個類別給出一個機率）</translation>
    </message>
    <message>
        <source>the last layer has {units} units but this {problem} data has one target: set it to 1</source>
        <translation>最後一層有 {units} 個單元，但這份 {problem} 資料只有一個目標：請將它設為 1</translation>
    </message>
    <message>
        <source>this output has {units} units but this {problem} data has one target: set it to 1</source>
        <translation>這個輸出有 {units} 個單元，但這份 {problem} 資料只有一個目標：請將它設為 1</translation>
    </message>
    <message>
        <source>softmax over one unit always outputs 1: use sigmoid for two classes</source>
        <translation>只有一個單元的 softmax 永遠輸出 1：兩個類別請使用 sigmoid</translation>
    </message>
    <message>
        <source>binary_crossentropy needs a probability: set the last activation to sigmoid (it is {act})</source>
        <translation>binary_crossentropy 需要機率：請將最後的激活函數設為 sigmoid（目前是 {act}）</translation>
    </message>
    <message>
        <source>binary_crossentropy needs a probability: set this output&apos;s activation to sigmoid (it is {act})</source>
        <translation>binary_crossentropy 需要機率：請將這個輸出的激活函數設為 sigmoid（目前是 {act}）</translation>
    </message>
    <message>
        <source>{loss} needs probabilities that sum to 1: set the last activation to softmax (it is {act})</source>
        <translation>{loss} 需要總和為 1 的機率：請將最後的激活函數設為 softmax（目前是 {act}）</translation>
    </message>
    <message>
        <source>{loss} needs probabilities that sum to 1: set this output&apos;s activation to softmax (it is {act})</source>
        <translation>{loss} 需要總和為 1 的機率：請將這個輸出的激活函數設為 softmax（目前是 {act}）</translation>
    </message>
    <message>
        <source>unknown dataset {name}; choose one of {known}</source>
        <translation>未知的資料集 {name}；請從 {known} 中選擇一個</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {got}</source>
        <translation>必須是 {low} 到 {high} 的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a fraction from 0 to {high}, got {got}</source>
        <translation>必須是 0 到 {high} 的小數，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be from {low} to {high} (10 %–90 % for training), got {got}</source>
        <translation>必須介於 {low} 到 {high} 之間（訓練資料占 10 %–90 %），收到的是 {got}</translation>
    </message>
    <message>
        <source>must look like {&quot;kind&quot;: &quot;drawn&quot;, &quot;problem&quot;: &quot;classification&quot;, &quot;points&quot;: [[1, 2, 0]]}</source>
        <translation>必須像這樣：{&quot;kind&quot;: &quot;drawn&quot;, &quot;problem&quot;: &quot;classification&quot;, &quot;points&quot;: [[1, 2, 0]]}</translation>
    </message>
    <message>
        <source>drawn data must say &quot;kind&quot;: &quot;drawn&quot;, got {got}</source>
        <translation>手繪資料必須寫明 &quot;kind&quot;: &quot;drawn&quot;，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {got}</source>
        <translation>必須是 {choices} 其中之一，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list of points [x1, x2, label], got {got}</source>
        <translation>必須是由資料點 [x1, x2, label] 組成的清單，收到的是 {got}</translation>
    </message>
    <message>
        <source>holds {n} points; a drawing keeps at most {most}: erase some</source>
        <translation>有 {n} 個資料點；手繪資料最多保留 {most} 個：請擦除一些</translation>
    </message>
    <message>
        <source>only a &quot;multiclass&quot; drawing says how many classes it has</source>
        <translation>只有 &quot;multiclass&quot; 手繪資料才能指定類別數</translation>
    </message>
    <message>
        <source>a multiclass drawing has {low} to {high} classes, got {got}</source>
        <translation>multiclass 手繪資料應有 {low} 到 {high} 個類別，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be three numbers [x1, x2, label], got {got}</source>
        <translation>必須是三個數字 [x1, x2, label]，收到的是 {got}</translation>
    </message>
    <message>
        <source>lies outside the plane: x1 and x2 must be from {low} to {high}, got {got}</source>
        <translation>位於平面之外：x1 與 x2 必須介於 {low} 到 {high} 之間，收到的是 {got}</translation>
    </message>
    <message>
        <source>a class must be 0 or 1, got {got}</source>
        <translation>類別必須是 0 或 1，收到的是 {got}</translation>
    </message>
    <message>
        <source>a class must be a whole number from 0 to {last}, got {got}</source>
        <translation>類別必須是 0 到 {last} 之間的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>a value must be from -1 to 1, got {got}</source>
        <translation>數值必須介於 -1 到 1 之間，收到的是 {got}</translation>
    </message>
    <message>
        <source>rebuilding the inputs (an autoencoder) needs images or sequences: {names}</source>
        <translation>重建輸入（自動編碼器）需要影像或序列資料：{names}</translation>
    </message>
    <message>
        <source>choose at least one input feature from {names}</source>
        <translation>請從 {names} 中至少選擇一個輸入特徵</translation>
    </message>
    <message>
        <source>unknown feature {name}; choose from {names}</source>
        <translation>未知的特徵 {name}；請從 {names} 中選擇</translation>
    </message>
    <message>
        <source>lists a feature twice</source>
        <translation>同一個特徵列了兩次</translation>
    </message>
    <message>
        <source>describes an imported file, but the dataset is {name}: set name &quot;file&quot;</source>
        <translation>描述的是匯入的檔案，但資料集是 {name}：請設定 name &quot;file&quot;</translation>
    </message>
    <message>
        <source>a bag of words is for text data: choose sequence</source>
        <translation>詞袋只適用於文字資料：請選擇 sequence</translation>
    </message>
    <message>
        <source>{samples} texts × {words} words as a bag of words take {megabytes:.0f} MB: use at most {most} samples, or word numbers</source>
        <translation>{samples} 篇文字 × {words} 個單字做成詞袋會占用 {megabytes:.0f} MB：請最多使用 {most} 個樣本，或改用單字編號</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>必須是 true 或 false，收到的是 {got}</translation>
    </message>
    <message>
        <source>weighs classes, but this is {problem}: choose none</source>
        <translation>設定了類別權重，但這是 {problem}：請選擇 none</translation>
    </message>
    <message>
        <source>must look like {&quot;kind&quot;: &quot;csv&quot;, &quot;path&quot;: &quot;table.csv&quot;, &quot;target&quot;: &quot;y&quot;}</source>
        <translation>必須像這樣：{&quot;kind&quot;: &quot;csv&quot;, &quot;path&quot;: &quot;table.csv&quot;, &quot;target&quot;: &quot;y&quot;}</translation>
    </message>
    <message>
        <source>must name the imported file or folder</source>
        <translation>必須指出匯入的檔案或資料夾</translation>
    </message>
    <message>
        <source>must be classification, multiclass or regression, got {got}</source>
        <translation>必須是 classification、multiclass 或 regression，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list of class names</source>
        <translation>必須是類別名稱的清單</translation>
    </message>
    <message>
        <source>{problem} data cannot have {n} classes</source>
        <translation>{problem} 資料不能有 {n} 個類別</translation>
    </message>
    <message>
        <source>must list 1 to 3 sizes above 0, got {got}</source>
        <translation>必須列出 1 到 3 個大於 0 的大小，收到的是 {got}</translation>
    </message>
    <message>
        <source>must list at least the output layer</source>
        <translation>至少必須列出輸出層</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;Dense&quot;, &quot;config&quot;: {...}}</source>
        <translation>必須像這樣：{&quot;class_name&quot;: &quot;Dense&quot;, &quot;config&quot;: {...}}</translation>
    </message>
    <message>
        <source>{name} is not available; use one of {choices}</source>
        <translation>無法使用 {name}；請使用 {choices} 其中之一</translation>
    </message>
    <message>
        <source>an Input takes no inputs and is not an output: connect layers after it</source>
        <translation>Input 不接受任何輸入，也不是輸出：請在它之後連接其他層</translation>
    </message>
    <message>
        <source>must be a list of layer names, e.g. [&quot;conv2d_1&quot;, &quot;input&quot;]</source>
        <translation>必須是層名稱的清單，例如 [&quot;conv2d_1&quot;, &quot;input&quot;]</translation>
    </message>
    <message>
        <source>must look like {&quot;target&quot;: &quot;labels&quot;, &quot;loss&quot;: &quot;mse&quot;, &quot;loss_weight&quot;: 1.0}</source>
        <translation>必須像這樣：{&quot;target&quot;: &quot;labels&quot;, &quot;loss&quot;: &quot;mse&quot;, &quot;loss_weight&quot;: 1.0}</translation>
    </message>
    <message>
        <source>unknown loss {loss}; choose from {choices}</source>
        <translation>未知的損失函數 {loss}；請從 {choices} 中選擇</translation>
    </message>
    <message>
        <source>must be a number from 0 to {high:g}, got {got}</source>
        <translation>必須是 0 到 {high:g} 的數字，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list chosen from {choices}, got {got}</source>
        <translation>必須是從 {choices} 中選出的清單，收到的是 {got}</translation>
    </message>
    <message>
        <source>must map layer names to lists of units, like {example}; got {got}</source>
        <translation>必須將層名稱對應到單元清單，例如 {example}；收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a list of unit numbers from 0 to {most}, got {got}</source>
        <translation>必須是由 0 到 {most} 的單元編號組成的清單，收到的是 {got}</translation>
    </message>
    <message>
        <source>{loss} does not fit {problem} data; choose from {choices}</source>
        <translation>{loss} 不適用於 {problem} 資料；請從 {choices} 中選擇</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;SGD&quot;, &quot;config&quot;: {&quot;learning_rate&quot;: 0.03}}</source>
        <translation>必須像這樣：{&quot;class_name&quot;: &quot;SGD&quot;, &quot;config&quot;: {&quot;learning_rate&quot;: 0.03}}</translation>
    </message>
    <message>
        <source>must be a number above 0 (at most 100), got {got}</source>
        <translation>必須是大於 0（最多 100）的數字，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got {got}</source>
        <translation>必須是 ≥ 1 的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>is {batch_size} but there are only {n} training samples: lower the batch size or use more data</source>
        <translation>是 {batch_size}，但只有 {n} 個訓練樣本：請調低批次大小，或使用更多資料</translation>
    </message>
    <message>
        <source>must be a list chosen from {choices}</source>
        <translation>必須是從 {choices} 中選出的清單</translation>
    </message>
    <message>
        <source>unknown metric {metric}; choose from {choices}</source>
        <translation>未知的指標 {metric}；請從 {choices} 中選擇</translation>
    </message>
    <message>
        <source>ReduceLROnPlateau sets the learning rate itself and Keras cannot combine it with a schedule: choose the schedule or the callback</source>
        <translation>ReduceLROnPlateau 會自行設定學習率，Keras 無法將它與排程同時使用：請在排程與這個回呼函式之間擇一</translation>
    </message>
    <message>
        <source>must be {&quot;method&quot;: &quot;holdout&quot;} or {&quot;method&quot;: &quot;kfold&quot;, &quot;k&quot;: 5, &quot;repeats&quot;: 1}</source>
        <translation>必須是 {&quot;method&quot;: &quot;holdout&quot;} 或 {&quot;method&quot;: &quot;kfold&quot;, &quot;k&quot;: 5, &quot;repeats&quot;: 1}</translation>
    </message>
    <message>
        <source>is not a known field; allowed here: {allowed}</source>
        <translation>不是已知的欄位；這裡允許的有：{allowed}</translation>
    </message>
</context>
<context>
    <name>export_script</name>
    <message>
        <source>the data were imported from a file, so the script needs the prepared arrays in an .npz beside it: give the path to write them to (on the command line: --data FILE.npz)</source>
        <translation>資料是從檔案匯入的，所以程式需要放在它旁邊的 .npz 檔中、已準備好的陣列：請指定要寫入的路徑（在命令列上：--data FILE.npz）</translation>
    </message>
    <message>
        <source>{name}: a Pretrained layer (an ImageNet base with the playground&apos;s cached weights and pixel preprocessing) cannot be exported to a script: train it in the playground, or replace it with your own layers</source>
        <translation>{name}：Pretrained 層（ImageNet 基底，使用遊樂場快取的權重與像素前處理）無法匯出成程式：請在遊樂場中訓練它，或改用你自己的層</translation>
    </message>
    <message>
        <source>the model starts from an imported .keras file&apos;s trained weights, which a script does not carry: export the model itself (File → Export → Keras model) to take them along</source>
        <translation>模型是從匯入的 .keras 檔案中訓練好的權重開始的，而程式不會帶著這些權重：請直接匯出模型本身（檔案 → 匯出 → Keras 模型），才能一併帶走權重</translation>
    </message>
    <message>
        <source>K-fold validation trains several models; a script trains one on the train/test split: set the method to &quot;holdout&quot; to export</source>
        <translation>K 折交叉驗證會訓練好幾個模型；程式只會在訓練/測試切分上訓練一個模型：請將方法設為 &quot;holdout&quot; 再匯出</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>The disk is full: could not write {file}. Free some space and save again.</source>
        <translation>磁碟已滿：無法寫入 {file}。請騰出空間後再儲存。</translation>
    </message>
    <message>
        <source>{file} is in a folder that cannot be written (read-only). Choose another folder.</source>
        <translation>{file} 所在的資料夾無法寫入（唯讀）。請選擇另一個資料夾。</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}. Check the folder and save again.</source>
        <translation>無法寫入 {file}：{reason}。請檢查資料夾後再儲存。</translation>
    </message>
</context>
<context>
    <name>filter_patterns</name>
    <message>
        <source>The model has no layer named {name!r}.</source>
        <translation>模型中沒有名為 {name!r} 的層。</translation>
    </message>
    <message>
        <source>{name!r} is a {kind} layer, not a Conv2D: only convolution filters have patterns.</source>
        <translation>{name!r} 是 {kind} 層，不是 Conv2D：只有卷積過濾器才有圖樣。</translation>
    </message>
</context>
<context>
    <name>image_import</name>
    <message>
        <source>{folder} is not a folder: choose the folder that holds one sub-folder per class</source>
        <translation>{folder} 不是資料夾：請選擇每個類別各有一個子資料夾的那個資料夾</translation>
    </message>
    <message>
        <source>{folder} needs one sub-folder per class, at least two (e.g. cats/ and dogs/); found {n} (it holds {loose} images directly: put them in one sub-folder per class)</source>
        <translation>{folder} 需要每個類別一個子資料夾，至少兩個（例如 cats/ 與 dogs/）；只找到 {n} 個（它直接放了 {loose} 張圖片：請把它們放進每個類別各自的子資料夾）</translation>
    </message>
    <message>
        <source>{folder} needs one sub-folder per class, at least two (e.g. cats/ and dogs/); found {n}</source>
        <translation>{folder} 需要每個類別一個子資料夾，至少兩個（例如 cats/ 與 dogs/）；只找到 {n} 個</translation>
    </message>
    <message>
        <source>{folder} has {n} sub-folders: at most {most} classes</source>
        <translation>{folder} 有 {n} 個子資料夾：最多只能有 {most} 個類別</translation>
    </message>
    <message>
        <source>{path} holds no images ({kinds}, …)</source>
        <translation>{path} 中沒有圖片（{kinds}, …）</translation>
    </message>
    <message>
        <source>{folder} holds {total} images: at most {most}; use a sample of them</source>
        <translation>{folder} 有 {total} 張圖片：最多 {most} 張；請只取其中一部分</translation>
    </message>
    <message>
        <source>image size must be one of {sizes}, not {size!r}</source>
        <translation>圖片大小必須是 {sizes} 其中之一，而不是 {size!r}</translation>
    </message>
    <message>
        <source>colour must be auto, grey or rgb, not {color!r}</source>
        <translation>色彩必須是 auto、grey 或 rgb，而不是 {color!r}</translation>
    </message>
    <message>
        <source>{total} images of {size}×{size} take {megabytes:.0f} MB: choose {smaller}×{smaller} or smaller, grey, or fewer images</source>
        <translation>{total} 張 {size}×{size} 的圖片會占用 {megabytes:.0f} MB：請選擇 {smaller}×{smaller} 或更小、灰階，或減少圖片數量</translation>
    </message>
    <message>
        <source>{file} in {folder} is not a picture (PNG, JPEG, BMP, GIF…): remove it from the folder</source>
        <translation>{folder} 中的 {file} 不是圖片（PNG、JPEG、BMP、GIF…）：請把它移出資料夾</translation>
    </message>
    <message>
        <source>{file} in {folder} cannot be read as an image: {reason}</source>
        <translation>{folder} 中的 {file} 無法當作圖片讀取：{reason}</translation>
    </message>
    <message>
        <source>{file} in {folder} is {width}×{height} pixels; pictures of up to {most} million pixels are read: make it smaller or leave it out</source>
        <translation>{folder} 中的 {file} 有 {width}×{height} 像素；只讀取不超過 {most} 百萬像素的圖片：請縮小它或把它移出資料夾</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Folder with one sub-folder of images per class</source>
        <translation>資料夾（每個類別一個圖片子資料夾）</translation>
    </message>
    <message>
        <source>CSV tables (*.csv *.txt)</source>
        <translation>CSV 表格 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npz)</source>
        <translation>NumPy 陣列 (*.npz)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>匯入資料</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>無法匯入</translation>
    </message>
    <message>
        <source>%s could not be read: %s</source>
        <translation>無法讀取 %s：%s</translation>
    </message>
</context>
<context>
    <name>imported</name>
    <message>
        <source>fill with the column&apos;s mean (text: most frequent)</source>
        <translation>以該欄的平均值填補（文字：最常出現的值）</translation>
    </message>
    <message>
        <source>fill with the column&apos;s median (text: most frequent)</source>
        <translation>以該欄的中位數填補（文字：最常出現的值）</translation>
    </message>
    <message>
        <source>fill with the most frequent value</source>
        <translation>以最常出現的值填補</translation>
    </message>
    <message>
        <source>leave out rows with a gap</source>
        <translation>略過有缺值的列</translation>
    </message>
    <message>
        <source>{n} row(s) without a {target} value left out (first: row {row})</source>
        <translation>已略過 {n} 列沒有 {target} 值的資料（第一個：第 {row} 列）</translation>
    </message>
    <message>
        <source>left out {columns}: over {n} different texts, a name rather than a category</source>
        <translation>已略過 {columns}：超過 {n} 種不同的文字，比較像名稱而不是類別</translation>
    </message>
    <message>
        <source>{n} row(s) with a gap left out</source>
        <translation>已略過 {n} 列有缺值的資料</translation>
    </message>
    <message>
        <source>gaps filled ({how}): {columns}</source>
        <translation>已填補缺值（{how}）：{columns}</translation>
    </message>
    <message>
        <source>unknown kind of file {kind!r}: choose one of {kinds}</source>
        <translation>未知的檔案種類 {kind!r}：請從 {kinds} 中選擇一個</translation>
    </message>
    <message>
        <source>no file chosen: choose Import… in the Data panel</source>
        <translation>尚未選擇檔案：請在「資料」面板中選擇「匯入自己的資料…」</translation>
    </message>
    <message>
        <source>{path} is not there any more: import the data again from where it is now</source>
        <translation>{path} 已經不在原處：請從它現在的位置重新匯入資料</translation>
    </message>
    <message>
        <source>{what} has only one class ({label}): a classifier needs two</source>
        <translation>{what} 只有一個類別（{label}）：分類器至少需要兩個</translation>
    </message>
    <message>
        <source>{what} has {n} different values: classification takes at most {most} classes; choose regression, or another target</source>
        <translation>{what} 有 {n} 種不同的值：分類最多只能有 {most} 個類別；請選擇迴歸，或換一個目標</translation>
    </message>
    <message>
        <source>{name} holds {dtype} values; sample weights must be numbers</source>
        <translation>{name} 存放的是 {dtype} 值；樣本權重必須是數字</translation>
    </message>
    <message>
        <source>{name} has shape {shape}; give one weight per sample: {n} numbers in a 1-D array</source>
        <translation>{name} 的形狀是 {shape}；請為每個樣本給一個權重：一維陣列中的 {n} 個數字</translation>
    </message>
    <message>
        <source>{name} is missing or infinite at sample {first}: give every sample a finite weight</source>
        <translation>{name} 在第 {first} 個樣本缺失或為無限大：請為每個樣本給一個有限的權重</translation>
    </message>
    <message>
        <source>{name} is negative at sample {first} ({weight:g}): weights must be 0 or more</source>
        <translation>{name} 在第 {first} 個樣本是負數（{weight:g}）：權重必須是 0 或以上</translation>
    </message>
    <message>
        <source>{name} is 0 for every sample, so nothing would be learned: give some samples a weight</source>
        <translation>{name} 在每個樣本上都是 0，所以什麼都學不到：請給一些樣本權重</translation>
    </message>
    <message>
        <source>sample_weight: weights {low} to {high} used in training (Keras&apos;s sample_weight)</source>
        <translation>sample_weight：訓練時使用 {low} 到 {high} 的權重（Keras 的 sample_weight）</translation>
    </message>
    <message>
        <source>{path} changed since it was imported: classes {before} became {after}. Import it again.</source>
        <translation>{path} 在匯入後已經改變：類別由 {before} 變成 {after}。請重新匯入。</translation>
    </message>
    <message>
        <source>{path} changed since it was imported: inputs {before} became {after}. Import it again.</source>
        <translation>{path} 在匯入後已經改變：輸入由 {before} 變成 {after}。請重新匯入。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>x_train and x_test pooled ({train} + {test}); the split is made here</source>
        <translation>已合併 x_train 與 x_test（{train} + {test}）；在這裡重新切分</translation>
    </message>
    <message>
        <source>x is one number per sample: read as a table with one column</source>
        <translation>x 每個樣本只有一個數字：當作只有一欄的表格讀取</translation>
    </message>
    <message>
        <source>x {shape} read as {height}×{width} grey images</source>
        <translation>x {shape} 讀取為 {height}×{width} 的灰階影像</translation>
    </message>
    <message>
        <source>x {shape} read as sequences of {steps} steps × {features} features</source>
        <translation>x {shape} 讀取為 {steps} 步 × {features} 個特徵的序列</translation>
    </message>
    <message>
        <source>pixels 0–255 scaled to [0, 1]</source>
        <translation>像素值 0–255 已縮放到 [0, 1]</translation>
    </message>
    <message>
        <source>one-hot y read as class numbers</source>
        <translation>one-hot 的 y 已讀取為類別編號</translation>
    </message>
    <message>
        <source>{n} images resized to {size}×{size}, grey: {counts}</source>
        <translation>{n} 張圖片已縮放為 {size}×{size}，灰階：{counts}</translation>
    </message>
    <message>
        <source>{n} images resized to {size}×{size}, colour: {counts}</source>
        <translation>{n} 張圖片已縮放為 {size}×{size}，彩色：{counts}</translation>
    </message>
</context>
<context>
    <name>keras_download</name>
    <message>
        <source>Could not read {title} from {files}: {reason}. Delete the file(s) and choose the set again under Keras book datasets.</source>
        <translation>無法從 {files} 讀取 {title}：{reason}。請刪除這些檔案，再到「Keras 書中的資料集」重新選擇這個資料集。</translation>
    </message>
    <message>
        <source>Keras keeps its datasets in {theirs} but the playground looked in {ours}: set KERAS_HOME before starting the playground, not while it runs.</source>
        <translation>Keras 把資料集存放在 {theirs}，但遊樂場是在 {ours} 中尋找：請在啟動遊樂場之前設定 KERAS_HOME，不要在執行中設定。</translation>
    </message>
    <message>
        <source>the connection closed after {got:,} of {length:,} bytes</source>
        <translation>連線在收到 {length:,} 位元組中的 {got:,} 位元組後中斷</translation>
    </message>
    <message>
        <source>the file arrived damaged (its checksum is wrong)</source>
        <translation>收到的檔案已損壞（檢查碼不正確）</translation>
    </message>
    <message>
        <source>Could not download {title} ({size}) from {host}: {reason}. Check the internet connection and try again, or {hint}.</source>
        <translation>無法從 {host} 下載 {title}（{size}）：{reason}。請檢查網路連線後再試一次，或{hint}。</translation>
    </message>
</context>
<context>
    <name>keras_io</name>
    <message>
        <source>could not write {path}: {error}</source>
        <translation>無法寫入 {path}：{error}</translation>
    </message>
    <message>
        <source>{file}: none of its layers has the name and weight shapes of a layer here (layers renamed or resized since the import?): untick “start from its weights” or import it again</source>
        <translation>{file}：它的層沒有任何一層的名稱與權重形狀和這裡的層相符（匯入後是否改過層的名稱或大小？）：請取消勾選「從它的權重開始」，或重新匯入</translation>
    </message>
    <message>
        <source>{path} does not exist (moved or deleted?)</source>
        <translation>{path} 不存在（被移動或刪除了？）</translation>
    </message>
    <message>
        <source>it is not a Keras .keras file (not a zip archive)</source>
        <translation>它不是 Keras 的 .keras 檔案（不是 zip 壓縮檔）</translation>
    </message>
    <message>
        <source>it holds {n} files; a .keras file holds a few</source>
        <translation>它包含 {n} 個檔案；.keras 檔案只含幾個</translation>
    </message>
    <message>
        <source>it would unpack to {size}, more than the {most} a model may take</source>
        <translation>解壓縮後會有 {size}，超過模型允許的 {most}</translation>
    </message>
    <message>
        <source>it has no config.json: not a Keras model</source>
        <translation>它沒有 config.json：不是 Keras 模型</translation>
    </message>
    <message>
        <source>its config.json is larger than {most} MB</source>
        <translation>它的 config.json 大於 {most} MB</translation>
    </message>
    <message>
        <source>its zip archive is damaged: {error}</source>
        <translation>它的 zip 壓縮檔已損壞：{error}</translation>
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
        <translation>它有 {n} 層；遊樂場最多建構 {most} 層</translation>
    </message>
    <message>
        <source>its model {problem}</source>
        <translation>它的模型{problem}</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind}: it contains code, which the playground does not run</source>
        <translation>層 {name!r} 是 {kind}：它包含程式碼，遊樂場不會執行</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind} without {key}: the file is damaged</source>
        <translation>層 {name!r} 是沒有 {key} 的 {kind}：檔案已損壞</translation>
    </message>
    <message>
        <source>layer {name!r} has {key} = {value}; a layer takes a whole number from 1 to {most}</source>
        <translation>層 {name!r} 的 {key} = {value}；層只接受 1 到 {most} 的整數</translation>
    </message>
    <message>
        <source>it contains code (a Lambda layer or custom object), which the playground does not run</source>
        <translation>它含有程式碼（Lambda 層或自訂物件），遊樂場不會執行這些程式碼</translation>
    </message>
    <message>
        <source>{file} cannot be read as a Keras model: {reason}</source>
        <translation>{file} 無法當作 Keras 模型讀取：{reason}</translation>
    </message>
    <message>
        <source>it uses {name}, which is not one of Keras&apos;s own layers or objects (custom code, or a newer Keras): the playground reads models made of Keras&apos;s own layers</source>
        <translation>它使用了 {name}，這不是 Keras 內建的層或物件（自訂程式碼，或較新版本的 Keras）：遊樂場讀取的是由 Keras 內建層組成的模型</translation>
    </message>
    <message>
        <source>layer {name!r} is a {kind}, which the editor does not offer</source>
        <translation>{name!r} 層是 {kind}，編輯器沒有提供這種層</translation>
    </message>
    <message>
        <source>{name}: takes {n} value(s); on plane data it gets {features}</source>
        <translation>{name}：接受 {n} 個值；在平面資料上，它接收 {features}</translation>
    </message>
    <message>
        <source>{name}: takes {shape}; here every extra input takes the whole sample, as the first does</source>
        <translation>{name}：接受 {shape}；在這裡，每個額外的輸入都和第一個輸入一樣接收整個樣本</translation>
    </message>
    <message>
        <source>{name}: one more output, learning the {target}; its Properties can change that</source>
        <translation>{name}：多一個輸出，學習 {target}；可以在它的「屬性」中變更</translation>
    </message>
    <message>
        <source>{name}: {key} = {value!r} has no control in the editor; left out</source>
        <translation>{name}：{key} = {value!r} 在編輯器中沒有對應的控制項；已略過</translation>
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
        <translation>波士頓房價</translation>
    </message>
    <message>
        <source>MNIST: 70,000 28×28 handwritten digits, 10 classes</source>
        <translation>MNIST：70,000 張 28×28 手寫數字，10 個類別</translation>
    </message>
    <message>
        <source>Fashion-MNIST: 70,000 28×28 clothing images, 10 classes</source>
        <translation>Fashion-MNIST：70,000 張 28×28 服飾圖片，10 個類別</translation>
    </message>
    <message>
        <source>CIFAR-10: 60,000 32×32 colour photos, 10 classes</source>
        <translation>CIFAR-10：60,000 張 32×32 彩色照片，10 個類別</translation>
    </message>
    <message>
        <source>IMDB: 50,000 movie reviews, positive or negative</source>
        <translation>IMDB：50,000 則電影評論，正面或負面</translation>
    </message>
    <message>
        <source>Reuters: 11,228 newswires, 46 topics</source>
        <translation>Reuters：11,228 則新聞電訊，46 個主題</translation>
    </message>
    <message>
        <source>Boston housing: 506 districts, 13 features, median house price</source>
        <translation>波士頓房價：506 個地區，13 個特徵，房價中位數</translation>
    </message>
    <message>
        <source>copy {files} into {where}</source>
        <translation>將 {files} 複製到 {where}</translation>
    </message>
    <message>
        <source>copy {file} into {where} and rename it {name}</source>
        <translation>將 {file} 複製到 {where}，並改名為 {name}</translation>
    </message>
    <message>
        <source>unknown Keras dataset {name!r}; known: {known}</source>
        <translation>未知的 Keras 資料集 {name!r}；已知的有：{known}</translation>
    </message>
    <message>
        <source>x is {dtype} {shape}, expected {expected} (n, {dims})</source>
        <translation>x 是 {dtype} {shape}，預期是 {expected} (n, {dims})</translation>
    </message>
    <message>
        <source>y is {dtype} {shape}, expected {expected} ({n},)</source>
        <translation>y 是 {dtype} {shape}，預期是 {expected} ({n},)</translation>
    </message>
    <message>
        <source>it holds no samples</source>
        <translation>它沒有任何樣本</translation>
    </message>
    <message>
        <source>labels outside 0..{last}</source>
        <translation>有標籤超出 0..{last}</translation>
    </message>
    <message>
        <source>word ids outside 0..{last}</source>
        <translation>有單字編號超出 0..{last}</translation>
    </message>
    <message>
        <source>{first}; {then}</source>
        <translation>{first}；{then}</translation>
    </message>
    <message>
        <source>{title} is not on this computer yet: choose it under Keras book datasets in the Data panel to download it (about {size}), or {hint} and choose it there (it then needs no internet).</source>
        <translation>這台電腦上還沒有 {title}：請在「資料」面板的「Keras 書中的資料集」中選擇它來下載（約 {size}），或{hint}，再到那裡選擇它（這樣就不需要網路）。</translation>
    </message>
    <message>
        <source>The prepared file {path} is damaged ({reason}): delete it and choose the set again under Keras book datasets to download it.</source>
        <translation>準備好的檔案 {path} 已損壞（{reason}）：請刪除它，再到「Keras 書中的資料集」重新選擇這個資料集來下載。</translation>
    </message>
    <message>
        <source>it holds a single array, not an npz archive</source>
        <translation>它只存放單一陣列，不是 npz 壓縮檔</translation>
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
        <translation>K 折交叉驗證</translation>
    </message>
    <message>
        <source>Data size (learning curve)</source>
        <translation>資料量（學習曲線）</translation>
    </message>
    <message>
        <source>Capacity: units per hidden layer</source>
        <translation>容量：每個隱藏層的單元數</translation>
    </message>
    <message>
        <source>Capacity: number of hidden layers</source>
        <translation>容量：隱藏層的層數</translation>
    </message>
    <message>
        <source>Optimizers side by side</source>
        <translation>並排比較優化器</translation>
    </message>
    <message>
        <source>Learning rates side by side</source>
        <translation>並排比較學習率</translation>
    </message>
    <message>
        <source>Overfit one small batch (sanity check)</source>
        <translation>過度擬合一個小批次（健全性檢查）</translation>
    </message>
    <message>
        <source>K models, each validated on one fold and trained on the rest: the mean ± spread says how much the score depends on which rows happened to be validation rows.</source>
        <translation>K 個模型，每個都在其中一折上驗證、在其餘各折上訓練：平均值 ± 分散程度顯示分數有多大程度取決於哪些列剛好被當成驗證資料。</translation>
    </message>
    <message>
        <source>Percent of the training rows. With little data the training score is high and the validation score low; more data closes the gap.</source>
        <translation>訓練資料列數的百分比。資料很少時，訓練分數高而驗證分數低；資料越多，差距就越小。</translation>
    </message>
    <message>
        <source>Units in every hidden Dense layer. Too few: both scores poor (underfitting); many: training beats validation (overfitting).</source>
        <translation>每個隱藏 Dense 層的單元數。太少：兩種分數都很差（擬合不足）；很多：訓練分數勝過驗證分數（過度擬合）。</translation>
    </message>
    <message>
        <source>Hidden Dense layers (copies of the first). 0 is a linear model.</source>
        <translation>隱藏 Dense 層的層數（複製第一層）。0 就是線性模型。</translation>
    </message>
    <message>
        <source>Each at its own Keras default learning rate (SGD: 0.01), same initial weights.</source>
        <translation>各自使用 Keras 預設的學習率（SGD：0.01），初始權重相同。</translation>
    </message>
    <message>
        <source>The same optimizer at each learning rate, same initial weights.</source>
        <translation>同一個優化器使用各個學習率，初始權重相同。</translation>
    </message>
    <message>
        <source>Trains on one batch of 16 samples only. A network that works drives this loss to about 0; if it cannot, look for a bug (wrong loss or labels, a too-small network, a frozen layer).</source>
        <translation>只用一個 16 個樣本的批次來訓練。正常運作的網路能把這個損失降到接近 0；如果做不到，請找找看哪裡有錯（損失函數或標籤錯誤、網路太小、某一層被凍結）。</translation>
    </message>
</context>
<context>
    <name>layer_edits</name>
    <message>
        <source>the input takes no connections: connect to a layer</source>
        <translation>輸入層不接受連接：請連接到某一層</translation>
    </message>
    <message>
        <source>{source} is not above {target}: connect a layer to one below it</source>
        <translation>{source} 不在 {target} 上方：只能把一層連接到它下方的層</translation>
    </message>
    <message>
        <source>{source} already feeds {target}</source>
        <translation>{source} 已經連接到 {target}</translation>
    </message>
    <message>
        <source>{target} ({kind}) takes one input: add an Add or Concatenate layer below to merge {source} with {current}</source>
        <translation>{target}（{kind}）只接受一個輸入：請在下方加入 Add 或 Concatenate 層，把 {source} 與 {current} 合併</translation>
    </message>
    <message>
        <source>there is no layer {target}</source>
        <translation>沒有名為 {target} 的層</translation>
    </message>
    <message>
        <source>{source} does not feed {target}</source>
        <translation>{source} 並沒有連接到 {target}</translation>
    </message>
    <message>
        <source>{target} needs an input: connect another layer to it first, or delete it</source>
        <translation>{target} 需要一個輸入：請先把另一層連接到它，或將它刪除</translation>
    </message>
    <message>
        <source>another layer is called {name!r}: choose a different name</source>
        <translation>已經有另一層叫做 {name!r}：請換一個名稱</translation>
    </message>
</context>
<context>
    <name>layer_graph</name>
    <message>
        <source>two layers are called {name}: rename one</source>
        <translation>有兩層都叫做 {name}：請將其中一層改名</translation>
    </message>
    <message>
        <source>takes {name}, which is not a layer above it: connect it to a layer above</source>
        <translation>接收的是 {name}，但它不是上方的層：請把它連接到上方的某一層</translation>
    </message>
    <message>
        <source>receives no features: tick at least one</source>
        <translation>沒有接收任何特徵：請至少勾選一個</translation>
    </message>
    <message>
        <source>{kind} merges two or more branches: connect another layer to it</source>
        <translation>{kind} 用來合併兩個以上的分支：請再連接一層到它</translation>
    </message>
    <message>
        <source>{kind} takes one input but {n} are connected: merge them with Add or Concatenate</source>
        <translation>{kind} 只接受一個輸入，但連接了 {n} 個：請用 Add 或 Concatenate 合併它們</translation>
    </message>
    <message>
        <source>no layer takes the data&apos;s own input (&apos;input&apos;): connect it to a layer (its Properties: inputs)</source>
        <translation>沒有任何層接收資料本身的輸入（&apos;input&apos;）：請把它連接到某一層（在該層的「屬性」：inputs）</translation>
    </message>
    <message>
        <source>the output of {name} goes nowhere: connect it to a layer below, or delete it</source>
        <translation>{name} 的輸出沒有接到任何地方：請把它連接到下方的某一層，或刪除它</translation>
    </message>
    <message>
        <source>has no {key}, which it needs: give it one in its properties</source>
        <translation>缺少必需的 {key}：請在它的屬性中設定</translation>
    </message>
    <message>
        <source>has a setting it cannot use ({error})</source>
        <translation>有一個它無法使用的設定（{error}）</translation>
    </message>
</context>
<context>
    <name>layer_shapes</name>
    <message>
        <source>the input</source>
        <translation>輸入層</translation>
    </message>
    <message>
        <source>{name} is not a layer the playground knows</source>
        <translation>{name} 不是遊樂場認得的層</translation>
    </message>
    <message>
        <source>Dense receives a {rank} input {shape} from {previous}: insert Flatten or GlobalAveragePooling2D before it</source>
        <translation>Dense 從 {previous} 接收到 {rank} 的輸入 {shape}：請在它之前插入 Flatten 或 GlobalAveragePooling2D</translation>
    </message>
    <message>
        <source>a sequence (time, features)</source>
        <translation>序列 (time, features)</translation>
    </message>
    <message>
        <source>images (height, width, channels)</source>
        <translation>影像 (height, width, channels)</translation>
    </message>
    <message>
        <source>{kind} needs {what}; it receives {shape} from {previous}: use {fix} instead</source>
        <translation>{kind} 需要{what}；它從 {previous} 接收到 {shape}：請改用 {fix}</translation>
    </message>
    <message>
        <source>{kind} kernel {kernel} is larger than its {size} input: use a smaller kernel or padding=&apos;same&apos;</source>
        <translation>{kind} 的過濾器大小 {kernel} 比它的輸入 {size} 還大：請使用較小的過濾器，或 padding=&apos;same&apos;</translation>
    </message>
    <message>
        <source>{kind} needs a {rank}-D input; it receives {shape} from {previous}</source>
        <translation>{kind} 需要 {rank}-D 的輸入；它從 {previous} 接收到 {shape}</translation>
    </message>
    <message>
        <source>{kind} window {window} is larger than its {size} input: remove it or use a smaller pool_size</source>
        <translation>{kind} 的視窗 {window} 比它的輸入 {size} 還大：請移除它，或使用較小的 pool_size</translation>
    </message>
    <message>
        <source>Reshape cannot turn {shape} into {target}: {n} values do not divide</source>
        <translation>Reshape 無法把 {shape} 變成 {target}：{n} 個值無法整除</translation>
    </message>
    <message>
        <source>Reshape to {target} needs {needed} values but receives {n} {shape} from {previous}</source>
        <translation>Reshape 成 {target} 需要 {needed} 個值，但它從 {previous} 接收到 {shape}（{n} 個值）</translation>
    </message>
    <message>
        <source>{kind} needs a sequence (batch, time, features); it receives {rank} {shape} from {previous}: use Reshape to (time, features), or an Embedding for words</source>
        <translation>{kind} 需要序列 (batch, time, features)；它從 {previous} 接收到 {rank} 的 {shape}：請用 Reshape 轉成 (time, features)，或對單字使用 Embedding</translation>
    </message>
    <message>
        <source>Bidirectional wraps a SimpleRNN, LSTM or GRU, not {name}</source>
        <translation>Bidirectional 包裝的是 SimpleRNN、LSTM 或 GRU，而不是 {name}</translation>
    </message>
    <message>
        <source>Embedding needs word numbers (batch, time); it receives {shape} from {previous}: put it first, on integer sequences</source>
        <translation>Embedding 需要單字編號 (batch, time)；它從 {previous} 接收到 {shape}：請把它放在最前面，接收整數序列</translation>
    </message>
    <message>
        <source>choose image data (digits, shapes, CIFAR-10, an image folder…)</source>
        <translation>請選擇影像資料（手寫數字、形狀、CIFAR-10、圖片資料夾…）</translation>
    </message>
    <message>
        <source>put it first</source>
        <translation>請把它放在最前面</translation>
    </message>
    <message>
        <source>Reshape to (height, width, 1) before it</source>
        <translation>請在它之前 Reshape 成 (height, width, 1)</translation>
    </message>
    <message>
        <source>Pretrained {name} needs images (height, width, channels); it receives {shape} from {previous}: {fix}</source>
        <translation>Pretrained {name} 需要影像 (height, width, channels)；它從 {previous} 接收到 {shape}：{fix}</translation>
    </message>
    <message>
        <source>import the images in grey or in colour (RGB)</source>
        <translation>請以灰階或彩色 (RGB) 匯入圖片</translation>
    </message>
    <message>
        <source>put it first, on the images themselves</source>
        <translation>請把它放在最前面，直接接收影像本身</translation>
    </message>
    <message>
        <source>Pretrained {name} takes grey (1 channel) or colour (3 channels) images; it receives {channels} channels from {previous}: {fix}</source>
        <translation>Pretrained {name} 接受灰階（1 個通道）或彩色（3 個通道）影像；它從 {previous} 接收到 {channels} 個通道：{fix}</translation>
    </message>
    <message>
        <source>fine_tune {tuned} is more than {name}&apos;s {layers} layers: at most {layers} (the whole base)</source>
        <translation>fine_tune {tuned} 超過了 {name} 的 {layers} 層：最多 {layers}（整個基底）</translation>
    </message>
    <message>
        <source>give both branches {channels} channels (a 1×1 Conv2D on the shortcut)</source>
        <translation>讓兩個分支都有 {channels} 個通道（在捷徑上加一個 1×1 的 Conv2D）</translation>
    </message>
    <message>
        <source>make the branches end in the same shape (use Concatenate to join different shapes)</source>
        <translation>讓各分支以相同的形狀結尾（要串接不同形狀請用 Concatenate）</translation>
    </message>
    <message>
        <source>Add needs equal shapes but receives {a} from {a_name} and {b} from {b_name}: {fix}</source>
        <translation>Add 需要相同的形狀，但它從 {a_name} 接收到 {a}，從 {b_name} 接收到 {b}：{fix}</translation>
    </message>
    <message>
        <source>Concatenate needs inputs of the same rank; it receives {shapes}</source>
        <translation>Concatenate 需要維度數相同的輸入；它接收到 {shapes}</translation>
    </message>
    <message>
        <source>Concatenate axis {axis} does not exist for inputs {shape}</source>
        <translation>對於輸入 {shape}，Concatenate 的軸 {axis} 不存在</translation>
    </message>
    <message>
        <source>Concatenate joins along axis {axis}; the other axes must match but it receives {shapes}: pool or reshape the branches to the same size</source>
        <translation>Concatenate 沿著軸 {axis} 串接；其他軸必須相符，但它接收到 {shapes}：請用池化或 Reshape 讓各分支變成相同大小</translation>
    </message>
</context>
<context>
    <name>layer_specs</name>
    <message>
        <source>is not a setting of {kind}; it has: {known}</source>
        <translation>不是 {kind} 的設定；它有：{known}</translation>
    </message>
    <message>
        <source>must be a name of letters, digits and _ (not starting with a digit), got {v!r}</source>
        <translation>必須是由英文字母、數字與 _ 組成的名稱（不能以數字開頭），收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be true or false, got {v!r}</source>
        <translation>必須是 true 或 false，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be a whole number from {low:g} to {high:g}, got {v!r}</source>
        <translation>必須是 {low:g} 到 {high:g} 的整數，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {v!r}</source>
        <translation>必須是 {low:g} 到 {high:g} 的數字，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {v!r}</source>
        <translation>必須是 {choices} 其中之一，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>unknown activation {v!r}; choose from {known}</source>
        <translation>未知的激活函數 {v!r}；請從 {known} 中選擇</translation>
    </message>
    <message>
        <source>must be a whole number from {low:g} to {high:g}, or {dims} of them, got {v!r}</source>
        <translation>必須是 {low:g} 到 {high:g} 的整數，或 {dims} 個這樣的整數，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be a list of sizes ≥ 1 (one of them may be -1), got {v!r}</source>
        <translation>必須是大小 ≥ 1 的清單（其中一個可以是 -1），收到的是 {v!r}</translation>
    </message>
    <message>
        <source>unknown initializer {v!r}</source>
        <translation>未知的初始化方法 {v!r}</translation>
    </message>
    <message>
        <source>must list one or more different features from {known}, got {v!r}</source>
        <translation>必須從 {known} 中列出一個或多個不同的特徵，收到的是 {v!r}</translation>
    </message>
    <message>
        <source>must be {&quot;class_name&quot;: &quot;LSTM&quot; (or GRU, SimpleRNN), &quot;config&quot;: {...}}</source>
        <translation>必須是 {&quot;class_name&quot;: &quot;LSTM&quot; (或 GRU、SimpleRNN), &quot;config&quot;: {...}}</translation>
    </message>
    <message>
        <source>must be null or {{&quot;class_name&quot;: one of {names}, &quot;config&quot;: {{...}}}}</source>
        <translation>必須是 null 或 {{&quot;class_name&quot;: {names} 其中之一, &quot;config&quot;: {{...}}}}</translation>
    </message>
    <message>
        <source>{key} must be l1 or l2 with a rate from 0 to {high:g}, got {rate!r}</source>
        <translation>{key} 必須是 l1 或 l2，且比率在 0 到 {high:g} 之間，收到的是 {rate!r}</translation>
    </message>
</context>
<context>
    <name>layers</name>
    <message>
        <source>small random normal (σ 0.01)</source>
        <translation>小的隨機常態分布 (σ 0.01)</translation>
    </message>
    <message>
        <source>random normal (σ 0.05)</source>
        <translation>隨機常態分布 (σ 0.05)</translation>
    </message>
    <message>
        <source>random uniform (±0.05)</source>
        <translation>隨機均勻分布 (±0.05)</translation>
    </message>
    <message>
        <source>Glorot uniform</source>
        <translation>Glorot 均勻分布</translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation>Glorot 常態分布</translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation>He 均勻分布</translation>
    </message>
    <message>
        <source>He normal</source>
        <translation>He 常態分布</translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation>LeCun 常態分布</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>核心</translation>
    </message>
    <message>
        <source>Regularisation</source>
        <translation>正則化</translation>
    </message>
    <message>
        <source>Convolution</source>
        <translation>卷積</translation>
    </message>
    <message>
        <source>Pooling</source>
        <translation>池化</translation>
    </message>
    <message>
        <source>Reshaping</source>
        <translation>形狀調整</translation>
    </message>
    <message>
        <source>Recurrent</source>
        <translation>循環</translation>
    </message>
    <message>
        <source>Merging</source>
        <translation>合併</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>前處理</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>資料擴增</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>遷移學習</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>輸入</translation>
    </message>
    <message>
        <source>Add a bias to each output (Keras: use_bias)</source>
        <translation>在每個輸出加上偏值（Keras：use_bias）</translation>
    </message>
    <message>
        <source>How the weights start</source>
        <translation>權重的初始值</translation>
    </message>
    <message>
        <source>How the biases start</source>
        <translation>偏值的初始值</translation>
    </message>
    <message>
        <source>Penalty on the weights, added to the loss</source>
        <translation>對權重的懲罰，會加到損失中</translation>
    </message>
    <message>
        <source>Penalty on the biases, added to the loss</source>
        <translation>對偏值的懲罰，會加到損失中</translation>
    </message>
    <message>
        <source>How the recurrent weights start</source>
        <translation>循環權重的初始值</translation>
    </message>
    <message>
        <source>Output size: neurons in this layer</source>
        <translation>輸出大小：這一層的神經元數</translation>
    </message>
    <message>
        <source>Applied to the layer&apos;s output</source>
        <translation>套用在這一層的輸出上</translation>
    </message>
    <message>
        <source>valid: no padding, the output shrinks; same: zero padding keeps the size</source>
        <translation>valid：不填補，輸出會變小；same：補零以維持大小</translation>
    </message>
    <message>
        <source>Slides 2-D filters over the input; each filter makes one feature map</source>
        <translation>在輸入上滑動 2D 過濾器；每個過濾器產生一張特徵圖</translation>
    </message>
    <message>
        <source>Slides 1-D filters over the input; each filter makes one feature map</source>
        <translation>在輸入上滑動 1D 過濾器；每個過濾器產生一張特徵圖</translation>
    </message>
    <message>
        <source>Number of filters (output channels)</source>
        <translation>過濾器數量（輸出通道數）</translation>
    </message>
    <message>
        <source>Filter size</source>
        <translation>過濾器大小</translation>
    </message>
    <message>
        <source>Step between filter positions</source>
        <translation>過濾器每次移動的步長</translation>
    </message>
    <message>
        <source>Keeps the maximum of each window, shrinking the feature maps</source>
        <translation>保留每個視窗中的最大值，縮小特徵圖</translation>
    </message>
    <message>
        <source>Keeps the average of each window, shrinking the feature maps</source>
        <translation>保留每個視窗的平均值，縮小特徵圖</translation>
    </message>
    <message>
        <source>Window size</source>
        <translation>視窗大小</translation>
    </message>
    <message>
        <source>Step between windows; empty means the pool size</source>
        <translation>視窗每次移動的步長；留空表示等於 pool size</translation>
    </message>
    <message>
        <source>Size of the hidden state</source>
        <translation>隱藏狀態的大小</translation>
    </message>
    <message>
        <source>Output every time step (needed before another RNN layer)</source>
        <translation>每個時間步都輸出（後面接另一個 RNN 層時需要）</translation>
    </message>
    <message>
        <source>Fraction of the inputs dropped while training</source>
        <translation>訓練時丟棄的輸入比例</translation>
    </message>
    <message>
        <source>Fraction of the recurrent state dropped while training</source>
        <translation>訓練時丟棄的循環狀態比例</translation>
    </message>
    <message>
        <source>Fraction of the range, e.g. 0.1; applied at random, only while training</source>
        <translation>範圍的比例，例如 0.1；只在訓練時隨機套用</translation>
    </message>
    <message>
        <source>Every input connects to every neuron</source>
        <translation>每個輸入都連接到每個神經元</translation>
    </message>
    <message>
        <source>Applies an activation function on its own</source>
        <translation>單獨套用一個激活函數</translation>
    </message>
    <message>
        <source>Sets a random fraction of inputs to 0 while training (not when predicting)</source>
        <translation>訓練時隨機把一部分輸入設為 0（預測時不會）</translation>
    </message>
    <message>
        <source>Fraction of inputs dropped</source>
        <translation>丟棄的輸入比例</translation>
    </message>
    <message>
        <source>Normalises each channel over the batch; learns a scale and offset</source>
        <translation>在批次上對每個通道做正規化；並學習縮放與偏移</translation>
    </message>
    <message>
        <source>How slowly the moving mean and variance follow the batches</source>
        <translation>移動平均值與變異數跟隨各批次的速度有多慢</translation>
    </message>
    <message>
        <source>Added to the variance to avoid dividing by 0</source>
        <translation>加到變異數上，避免除以 0</translation>
    </message>
    <message>
        <source>Learn an offset (beta)</source>
        <translation>學習偏移（beta）</translation>
    </message>
    <message>
        <source>Learn a scale (gamma)</source>
        <translation>學習縮放（gamma）</translation>
    </message>
    <message>
        <source>Normalises each sample over its features</source>
        <translation>對每個樣本的所有特徵做正規化</translation>
    </message>
    <message>
        <source>Averages over time: one value per channel</source>
        <translation>對時間取平均：每個通道一個值</translation>
    </message>
    <message>
        <source>Averages each feature map: one value per channel</source>
        <translation>對每張特徵圖取平均：每個通道一個值</translation>
    </message>
    <message>
        <source>The maximum of each feature map: one value per channel</source>
        <translation>每張特徵圖的最大值：每個通道一個值</translation>
    </message>
    <message>
        <source>Lays the input out as one long vector (for Dense layers)</source>
        <translation>把輸入攤平成一條長向量（給 Dense 層使用）</translation>
    </message>
    <message>
        <source>Gives the same values a new shape</source>
        <translation>讓相同的數值換成新的形狀</translation>
    </message>
    <message>
        <source>New shape without the batch axis; -1 once means &apos;the rest&apos;</source>
        <translation>新的形狀，不含批次軸；可用一次 -1 表示「其餘部分」</translation>
    </message>
    <message>
        <source>The simplest recurrent layer: forgets quickly</source>
        <translation>最簡單的循環層：忘得很快</translation>
    </message>
    <message>
        <source>Long short-term memory: gates decide what to keep over long sequences</source>
        <translation>長短期記憶：由閘門決定在長序列中要保留什麼</translation>
    </message>
    <message>
        <source>Gated recurrent unit: like LSTM with fewer weights</source>
        <translation>閘控循環單元：類似 LSTM，但權重較少</translation>
    </message>
    <message>
        <source>Runs a recurrent layer forwards and backwards over the sequence</source>
        <translation>讓一個循環層在序列上順向與反向各跑一次</translation>
    </message>
    <message>
        <source>The recurrent layer</source>
        <translation>循環層</translation>
    </message>
    <message>
        <source>How the two directions are joined</source>
        <translation>兩個方向的結果如何結合</translation>
    </message>
    <message>
        <source>Turns word numbers into learned vectors</source>
        <translation>把單字編號轉換成可學習的向量</translation>
    </message>
    <message>
        <source>Vocabulary size: the largest word number + 1</source>
        <translation>詞彙量：最大的單字編號 + 1</translation>
    </message>
    <message>
        <source>Length of each word vector</source>
        <translation>每個詞向量的長度</translation>
    </message>
    <message>
        <source>How the vectors start</source>
        <translation>向量的初始值</translation>
    </message>
    <message>
        <source>Adds its inputs (same shapes): a residual or shortcut connection</source>
        <translation>把各個輸入相加（形狀須相同）：即殘差連接或捷徑連接</translation>
    </message>
    <message>
        <source>Joins its inputs along an axis</source>
        <translation>沿著某個軸串接各個輸入</translation>
    </message>
    <message>
        <source>Axis to join along (-1: the last, the channels)</source>
        <translation>串接所沿的軸（-1：最後一軸，即通道）</translation>
    </message>
    <message>
        <source>Multiplies by a scale and adds an offset, e.g. 1/255 for pixels</source>
        <translation>乘上一個縮放倍數再加上偏移，例如像素用 1/255</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>乘數</translation>
    </message>
    <message>
        <source>Added after scaling</source>
        <translation>縮放後加上的值</translation>
    </message>
    <message>
        <source>Flips images at random while training</source>
        <translation>訓練時隨機翻轉影像</translation>
    </message>
    <message>
        <source>Which flips</source>
        <translation>哪些翻轉方式</translation>
    </message>
    <message>
        <source>Rotates images at random while training</source>
        <translation>訓練時隨機旋轉影像</translation>
    </message>
    <message>
        <source>Fraction of a full turn, e.g. 0.1 = up to ±36°</source>
        <translation>整圈的比例，例如 0.1 = 最多 ±36°</translation>
    </message>
    <message>
        <source>Zooms images in or out at random while training</source>
        <translation>訓練時隨機放大或縮小影像</translation>
    </message>
    <message>
        <source>Shifts images at random while training</source>
        <translation>訓練時隨機平移影像</translation>
    </message>
    <message>
        <source>A convolutional base trained on ImageNet (keras.applications, include_top=False), as in Chollet&apos;s Deep Learning with Python. Step 1, feature extraction: keep the base frozen (fine_tune 0) and train a new head after it (GlobalAveragePooling2D, Dropout, Dense). Step 2, fine-tuning: once the head has learned, unfreeze the base&apos;s last layers and lower the learning rate (e.g. 1e-5); training goes on from the trained weights. Takes grey or colour images in [0, 1]; smaller than 32×32 they are resized up to it.</source>
        <translation>在 ImageNet 上訓練好的卷積基底（keras.applications，include_top=False），如同 Chollet《Deep Learning with Python》中的做法。步驟 1，特徵萃取：保持基底凍結（fine_tune 0），並在後面訓練一個新的頂層（GlobalAveragePooling2D、Dropout、Dense）。步驟 2，微調：頂層學會之後，解凍基底的最後幾層並調低學習率（例如 1e-5）；訓練會從已訓練的權重繼續。接受值在 [0, 1] 的灰階或彩色影像；小於 32×32 的影像會放大到這個尺寸。</translation>
    </message>
    <message>
        <source>The ImageNet base. MobileNetV2 (9 MB) and EfficientNetB0 (17 MB) are small and quick; VGG16 (59 MB) is the book&apos;s; ResNet50 (95 MB) the deepest. Its weights are downloaded once.</source>
        <translation>ImageNet 基底。MobileNetV2（9 MB）與 EfficientNetB0（17 MB）小而快；VGG16（59 MB）是書中使用的；ResNet50（95 MB）最深。它的權重只需下載一次。</translation>
    </message>
    <message>
        <source>How many of the base&apos;s last layers train. 0: the whole base is frozen (step 1, feature extraction). Raise it once the head has trained (step 2, fine-tuning, e.g. 20): training continues from the current weights; lower the learning rate first. Batch normalization layers stay frozen.</source>
        <translation>基底的最後幾層中有多少層要訓練。0：整個基底都凍結（步驟 1，特徵萃取）。頂層訓練好之後再調高（步驟 2，微調，例如 20）：訓練會從目前的權重繼續；請先調低學習率。Batch normalization 層維持凍結。</translation>
    </message>
    <message>
        <source>Another input of the model. On plane data it receives the features you tick; on images, sequences and text it receives the whole sample. Connect it to a layer, and merge the branches with Concatenate or Add.</source>
        <translation>模型的另一個輸入。在平面資料上，它接收你勾選的特徵；在影像、序列與文字資料上，它接收整個樣本。把它連接到某一層，再用 Concatenate 或 Add 合併各分支。</translation>
    </message>
    <message>
        <source>Plane data: the features this input receives</source>
        <translation>平面資料：這個輸入接收的特徵</translation>
    </message>
    <message>
        <source>Unique name of the layer in the model</source>
        <translation>這一層在模型中的唯一名稱</translation>
    </message>
    <message>
        <source>Untick to freeze the layer&apos;s weights</source>
        <translation>取消勾選即可凍結這一層的權重</translation>
    </message>
</context>
<context>
    <name>lessons</name>
    <message>
        <source>cannot be read: {error}</source>
        <translation>無法讀取：{error}</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必須是 JSON 物件</translation>
    </message>
    <message>
        <source>is not a lesson field; allowed: {keys}</source>
        <translation>不是課程的欄位；允許的有：{keys}</translation>
    </message>
    <message>
        <source>must be &quot;{format}&quot;, got {got}</source>
        <translation>必須是 &quot;{format}&quot;，收到的是 {got}</translation>
    </message>
    <message>
        <source>this playground reads version {version}, got {got}</source>
        <translation>這個遊樂場讀取的是第 {version} 版，收到的是 {got}</translation>
    </message>
    <message>
        <source>is missing: a lesson needs a whole experiment</source>
        <translation>缺少了：課程需要一個完整的實驗</translation>
    </message>
    <message>
        <source>must be a list of {&quot;label&quot;: {...}, &quot;set&quot;: {...}}</source>
        <translation>必須是 {&quot;label&quot;: {...}, &quot;set&quot;: {...}} 的清單</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got {epochs}</source>
        <translation>必須是 ≥ 1 的整數，收到的是 {epochs}</translation>
    </message>
    <message>
        <source>is missing: give it in {languages}</source>
        <translation>缺少了：請以 {languages} 提供</translation>
    </message>
    <message>
        <source>must be {{&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;, &quot;zh_TW&quot;: &quot;...&quot;}}, got {type}</source>
        <translation>必須是 {{&quot;en&quot;: &quot;...&quot;, &quot;zh_CN&quot;: &quot;...&quot;, &quot;zh_TW&quot;: &quot;...&quot;}}，收到的是 {type}</translation>
    </message>
    <message>
        <source>is not a language of the playground; use {languages}</source>
        <translation>不是遊樂場支援的語言；請使用 {languages}</translation>
    </message>
    <message>
        <source>is missing: every text is given in {languages}</source>
        <translation>缺少了：每段文字都要以 {languages} 提供</translation>
    </message>
    <message>
        <source>must be a text that is not empty, got {text}</source>
        <translation>必須是非空白的文字，收到的是 {text}</translation>
    </message>
    <message>
        <source>must look like {&quot;label&quot;: {&quot;en&quot;: ...}, &quot;set&quot;: {&quot;dotted.key&quot;: value}}</source>
        <translation>必須像這樣：{&quot;label&quot;: {&quot;en&quot;: ...}, &quot;set&quot;: {&quot;dotted.key&quot;: value}}</translation>
    </message>
    <message>
        <source>is not a variant field; allowed: {keys}</source>
        <translation>不是變體的欄位；允許的有：{keys}</translation>
    </message>
    <message>
        <source>must map dotted keys to values, e.g. {{&quot;{key}&quot;: 0.1}}</source>
        <translation>必須把以點分隔的鍵對應到值，例如 {{&quot;{key}&quot;: 0.1}}</translation>
    </message>
    <message>
        <source>must be a list of dotted keys, e.g. [&quot;model.layers[0].config.use_bias&quot;]</source>
        <translation>必須是以點分隔的鍵組成的清單，例如 [&quot;model.layers[0].config.use_bias&quot;]</translation>
    </message>
    <message>
        <source>is empty: a variant changes at least one setting</source>
        <translation>是空的：一個變體至少要變更一項設定</translation>
    </message>
    <message>
        <source>can only remove a key of an object, not a list item</source>
        <translation>只能移除物件的鍵，不能移除清單中的項目</translation>
    </message>
    <message>
        <source>there is no {key!r} to remove here</source>
        <translation>這裡沒有可移除的 {key!r}</translation>
    </message>
    <message>
        <source>{message} (after the variant&apos;s patch)</source>
        <translation>{message}（套用變體的修改之後）</translation>
    </message>
    <message>
        <source>is not a dotted key like {first} or {second}</source>
        <translation>不是像 {first} 或 {second} 這樣以點分隔的鍵</translation>
    </message>
    <message>
        <source>{inside} is not a section of the experiment here; sections: {known}</source>
        <translation>{inside} 在這裡不是實驗中的區段；區段有：{known}</translation>
    </message>
    <message>
        <source>{inside} is not a section of the experiment here; sections: none</source>
        <translation>{inside} 在這裡不是實驗中的區段；這裡沒有任何區段</translation>
    </message>
    <message>
        <source>the experiment</source>
        <translation>實驗</translation>
    </message>
    <message>
        <source>{where} is not a list</source>
        <translation>{where} 不是清單</translation>
    </message>
    <message>
        <source>{where} is not an object with keys</source>
        <translation>{where} 不是帶有鍵的物件</translation>
    </message>
    <message>
        <source>{where} has {count} item(s): [{index}] is not one of them</source>
        <translation>{where} 有 {count} 個項目：[{index}] 不在其中</translation>
    </message>
</context>
<context>
    <name>loss_surface</name>
    <message>
        <source>Round bowl</source>
        <translation>圓碗</translation>
    </message>
    <message>
        <source>Every SGD step points at the centre, so the learning rate alone decides: 0.05 crawls, 0.5 lands in one step, 0.9 bounces across, above 1 the ball flies off. Adam&apos;s steps are about its learning rate long, wherever they point, so it overshoots.</source>
        <translation>SGD 的每一步都指向中心，所以只由學習率決定：0.05 慢慢爬，0.5 一步到位，0.9 來回彈跳，超過 1 球就飛出去了。Adam 的每一步長度大約等於它的學習率，不論指向哪裡，所以會衝過頭。</translation>
    </message>
    <message>
        <source>Narrow valley</source>
        <translation>狹長山谷</translation>
    </message>
    <message>
        <source>f = 0.1·x² + 10·y²  (100 times more curved across than along)</source>
        <translation>f = 0.1·x² + 10·y²  （橫向的彎曲程度是縱向的 100 倍）</translation>
    </message>
    <message>
        <source>Plain SGD, at the largest rate the steep sides allow, zig-zags and then crawls along the flat floor; momentum overshoots but keeps its speed; RMSprop and Adam head straight down.</source>
        <translation>單純的 SGD 以陡峭兩側所能容許的最大學習率前進時，會呈鋸齒狀擺盪，然後沿著平坦的谷底緩慢爬行；動量會衝過頭但保持速度；RMSprop 與 Adam 則直直往下走。</translation>
    </message>
    <message>
        <source>Rosenbrock&apos;s banana</source>
        <translation>Rosenbrock 香蕉函數</translation>
    </message>
    <message>
        <source>f = (1 − x)² + 100·(y − x²)²  (minimum at (1, 1))</source>
        <translation>f = (1 − x)² + 100·(y − x²)²  （最小值在 (1, 1)）</translation>
    </message>
    <message>
        <source>Reaching the curved valley is quick; following its floor to (1, 1) is slow without momentum.</source>
        <translation>到達彎曲的山谷很快；但沒有動量時，沿著谷底走到 (1, 1) 很慢。</translation>
    </message>
    <message>
        <source>Two minima</source>
        <translation>兩個極小值</translation>
    </message>
    <message>
        <source>f = (x² − 1)² + ½x + ½y²  (the left minimum is deeper)</source>
        <translation>f = (x² − 1)² + ½x + ½y²  （左邊的極小值較深）</translation>
    </message>
    <message>
        <source>Plain SGD, RMSprop and Adam stop in the nearer, shallower minimum; momentum rolls over the ridge into the deeper one.</source>
        <translation>單純的 SGD、RMSprop 與 Adam 會停在較近、較淺的極小值；動量則會越過山脊，滾進較深的那一個。</translation>
    </message>
    <message>
        <source>shallow minimum</source>
        <translation>較淺的極小值</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>山口</translation>
    </message>
    <message>
        <source>Saddle</source>
        <translation>鞍形</translation>
    </message>
    <message>
        <source>f = ½x² − ½y²  (no minimum: it falls away along y)</source>
        <translation>f = ½x² − ½y²  （沒有最小值：沿著 y 方向一路下降）</translation>
    </message>
    <message>
        <source>Near the saddle point (0, 0) the gradient is tiny: SGD lingers there; RMSprop and Adam divide by the gradient&apos;s size and leave at once.</source>
        <translation>在鞍點 (0, 0) 附近梯度極小：SGD 會在那裡徘徊；RMSprop 與 Adam 會除以梯度的大小，因此立刻離開。</translation>
    </message>
    <message>
        <source>saddle point</source>
        <translation>鞍點</translation>
    </message>
    <message>
        <source>unknown surface {name!r}; choose one of {known}</source>
        <translation>未知的曲面 {name!r}；請從 {known} 中選擇一個</translation>
    </message>
    <message>
        <source>steps must be 0 or more, got {steps}</source>
        <translation>steps 必須是 0 或以上，收到的是 {steps}</translation>
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
        <translation>均方誤差（mse）</translation>
    </message>
    <message>
        <source>Mean absolute error (mae)</source>
        <translation>平均絕對誤差（mae）</translation>
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
        <translation>Squared hinge（平方鉸鏈）</translation>
    </message>
    <message>
        <source>Sparse categorical cross-entropy</source>
        <translation>稀疏分類交叉熵</translation>
    </message>
    <message>
        <source>Categorical cross-entropy (one-hot)</source>
        <translation>分類交叉熵（one-hot）</translation>
    </message>
</context>
<context>
    <name>lr_finder</name>
    <message>
        <source>the loss diverged at once: the data or the model cannot train (check the loss and the inputs)</source>
        <translation>損失一開始就發散：資料或模型無法訓練（請檢查損失函數與輸入）</translation>
    </message>
</context>
<context>
    <name>model_builder</name>
    <message>
        <source>receives no images: fix the layers before it</source>
        <translation>沒有接收到影像：請修正它之前的層</translation>
    </message>
</context>
<context>
    <name>model_size</name>
    <message>
        <source>has {count} layers; the playground builds models of at most {most}: remove some</source>
        <translation>有 {count} 層；遊樂場最多建構 {most} 層的模型：請刪掉一些</translation>
    </message>
    <message>
        <source>{name} would hold {weights} weights, the whole model {total} (≈ {size} while training with {optimizer}); at most {most} fit: give it fewer units or filters, or a smaller input</source>
        <translation>{name} 將有 {weights} 個權重，整個模型 {total} 個（用 {optimizer} 訓練時約 {size}）；最多只能容納 {most}：請減少單元或過濾器，或用更小的輸入</translation>
    </message>
</context>
<context>
    <name>npz_import</name>
    <message>
        <source>{name} is not a readable .npz file ({reason}): save it with numpy.savez</source>
        <translation>{name} 不是可讀取的 .npz 檔案（{reason}）：請用 numpy.savez 儲存</translation>
    </message>
    <message>
        <source>{name} holds one array, not named arrays: save x and y with numpy.savez(path, x=x, y=y)</source>
        <translation>{name} 只存放一個陣列，而不是具名的陣列：請用 numpy.savez(path, x=x, y=y) 儲存 x 與 y</translation>
    </message>
    <message>
        <source>{name} is not an .npz file (not a zip archive of arrays): save it with numpy.savez</source>
        <translation>{name} 不是 .npz 檔案（不是陣列的 zip 壓縮檔）：請用 numpy.savez 儲存</translation>
    </message>
    <message>
        <source>{name} needs arrays named x and y (or x_train, y_train, x_test, y_test); it holds {arrays}</source>
        <translation>{name} 需要名為 x 與 y（或 x_train、y_train、x_test、y_test）的陣列；它存放的是 {arrays}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>沒有任何陣列</translation>
    </message>
    <message>
        <source>{name}: x_test samples are {test} but x_train&apos;s are {train}</source>
        <translation>{name}：x_test 的樣本是 {test}，但 x_train 的樣本是 {train}</translation>
    </message>
    <message>
        <source>{name}: x holds {n} sample(s); a set needs samples to learn from</source>
        <translation>{name}：x 只有 {n} 個樣本；資料集需要足夠的樣本才能學習</translation>
    </message>
    <message>
        <source>{name}: with x_train and x_test, give the weights as sample_weight_train and sample_weight_test (one per sample of each), not as sample_weight</source>
        <translation>{name}：使用 x_train 與 x_test 時，請以 sample_weight_train 與 sample_weight_test 提供權重（兩者各為每個樣本一個），而不是 sample_weight</translation>
    </message>
    <message>
        <source>{name} has {given} but no {other}: both are needed, as x_train and x_test are pooled; add the missing one (or leave out both)</source>
        <translation>{name} 有 {given} 但沒有 {other}：因為 x_train 與 x_test 會合併，兩者都需要；請補上缺少的那一個（或兩個都不要）</translation>
    </message>
    <message>
        <source>{name} holds {n} arrays; an .npz of data holds a few (x, y, …)</source>
        <translation>{name} 含有 {n} 個陣列；資料的 .npz 只含幾個（x、y……）</translation>
    </message>
    <message>
        <source>{name}: array {key!r} cannot be read ({reason})</source>
        <translation>{name}：陣列 {key!r} 無法讀取（{reason}）</translation>
    </message>
    <message>
        <source>{name}: array {key!r} of shape {shape} takes {mb:,.0f} MB; the playground reads at most {most:,.0f} MB of arrays: save a sample of the rows</source>
        <translation>{name}：形狀為 {shape} 的陣列 {key!r} 佔 {mb:,.0f} MB；遊樂場最多讀取 {most:,.0f} MB 的陣列：請只儲存一部分列</translation>
    </message>
    <message>
        <source>{name}: array {key!r} holds Python objects, which are not read (they could run code); save numbers (or, for class_names, strings) only</source>
        <translation>{name}：陣列 {key!r} 存放的是 Python 物件，這些物件不會被讀取（它們可能會執行程式碼）；請只儲存數字（class_names 則可儲存字串）</translation>
    </message>
    <message>
        <source>{name}: {xn} and {yn} must be arrays with one row per sample, not single numbers</source>
        <translation>{name}：{xn} 與 {yn} 必須是每個樣本一列的陣列，而不是單一數字</translation>
    </message>
    <message>
        <source>{name}: {xn} has {nx} samples but {yn} has {ny}; they must match</source>
        <translation>{name}：{xn} 有 {nx} 個樣本，但 {yn} 有 {ny} 個；兩者必須相同</translation>
    </message>
    <message>
        <source>{name}: x holds {dtype} values; it must hold numbers</source>
        <translation>{name}：x 存放的是 {dtype} 值；它必須存放數字</translation>
    </message>
    <message>
        <source>{name}: x holds {n} missing or infinite value(s), the first in sample {first}: fill or remove them</source>
        <translation>{name}：x 有 {n} 個缺失或無限大的值，第一個在第 {first} 個樣本：請填補或移除它們</translation>
    </message>
    <message>
        <source>{name}: x has shape {shape}; use (n, features), (n, time, features) or (n, h, w, c)</source>
        <translation>{name}：x 的形狀是 {shape}；請使用 (n, features)、(n, time, features) 或 (n, h, w, c)</translation>
    </message>
    <message>
        <source>{name}: y has shape {shape}; give one target per sample (or one-hot rows)</source>
        <translation>{name}：y 的形狀是 {shape}；請為每個樣本給一個目標（或 one-hot 列）</translation>
    </message>
    <message>
        <source>{name}: y has shape {shape}; give one target per sample</source>
        <translation>{name}：y 的形狀是 {shape}；請為每個樣本給一個目標</translation>
    </message>
    <message>
        <source>{name}: y holds {dtype} values; it must hold numbers or class names</source>
        <translation>{name}：y 存放的是 {dtype} 值；它必須存放數字或類別名稱</translation>
    </message>
    <message>
        <source>{name}: y is missing at sample {first}: fill or remove it</source>
        <translation>{name}：y 在第 {first} 個樣本缺失：請填補或移除它</translation>
    </message>
    <message>
        <source>{name}: y holds text; regression needs numbers: choose classification</source>
        <translation>{name}：y 存放的是文字；迴歸需要數字：請選擇 classification</translation>
    </message>
    <message>
        <source>{name}: class_names must be text (a numpy array of str), not {dtype}</source>
        <translation>{name}：class_names 必須是文字（由 str 組成的 numpy 陣列），而不是 {dtype}</translation>
    </message>
    <message>
        <source>{name}: class_names lists {names} names but y has {classes} classes</source>
        <translation>{name}：class_names 列出了 {names} 個名稱，但 y 有 {classes} 個類別</translation>
    </message>
    <message>
        <source>{name}: class_names needs y to number the classes 0 to {last}</source>
        <translation>{name}：使用 class_names 時，y 必須以 0 到 {last} 為類別編號</translation>
    </message>
</context>
<context>
    <name>optimizer_specs</name>
    <message>
        <source>Keras clips by norm or by value, not both: clear clipnorm or clipvalue</source>
        <translation>Keras 只能依範數或依數值裁剪，不能兩者同時使用：請清除 clipnorm 或 clipvalue</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: {known}</source>
        <translation>{name} 沒有 {key!r} 這個設定；它的設定有：{known}</translation>
    </message>
    <message>
        <source>must be true or false, got {value!r}</source>
        <translation>必須是 true 或 false，收到的是 {value!r}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {value!r}</source>
        <translation>必須是 {low:g} 到 {high:g} 的數字，收到的是 {value!r}</translation>
    </message>
</context>
<context>
    <name>optimizers</name>
    <message>
        <source>added to the denominator so it is never 0</source>
        <translation>加到分母上，使分母永遠不為 0</translation>
    </message>
    <message>
        <source>decay of the mean of gradients: m ← β₁·m + (1−β₁)·g</source>
        <translation>梯度平均值的衰減率：m ← β₁·m + (1−β₁)·g</translation>
    </message>
    <message>
        <source>decay of the mean of squares: v ← β₂·v + (1−β₂)·g²</source>
        <translation>平方平均值的衰減率：v ← β₂·v + (1−β₂)·g²</translation>
    </message>
    <message>
        <source>decay of the mean of squared gradients: v ← ρ·v + (1−ρ)·g²</source>
        <translation>梯度平方平均值的衰減率：v ← ρ·v + (1−ρ)·g²</translation>
    </message>
    <message>
        <source>look ahead: the gradient at w + momentum·v</source>
        <translation>往前看：取 w + momentum·v 處的梯度</translation>
    </message>
    <message>
        <source>divide by the gradients&apos; variance, not their mean square</source>
        <translation>除以梯度的變異數，而不是梯度的均方</translation>
    </message>
    <message>
        <source>the sum of squares starts here</source>
        <translation>平方和的初始值</translation>
    </message>
    <message>
        <source>use the largest v so far (AMSGrad)</source>
        <translation>使用目前為止最大的 v (AMSGrad)</translation>
    </message>
    <message>
        <source>w ← w − lr·weight_decay·w, apart from the gradient</source>
        <translation>w ← w − lr·weight_decay·w，與梯度分開計算</translation>
    </message>
    <message>
        <source>each weight&apos;s gradient is scaled down to this norm at most</source>
        <translation>每個權重的梯度最多縮小到這個範數</translation>
    </message>
    <message>
        <source>each gradient value is clipped to ±this</source>
        <translation>每個梯度值都裁剪到 ±這個值</translation>
    </message>
</context>
<context>
    <name>picture_file</name>
    <message>
        <source>{file} cannot be read: {reason}</source>
        <translation>無法讀取 {file}：{reason}</translation>
    </message>
    <message>
        <source>{file} is {mb:.0f} MB; pictures of up to {most} MB are read: make it smaller</source>
        <translation>{file} 大小為 {mb:.0f} MB；只讀取不超過 {most} MB 的圖片：請縮小它</translation>
    </message>
    <message>
        <source>{file} is not a picture: drop a PNG, JPEG, BMP or GIF file on the pad</source>
        <translation>{file} 不是圖片：請把 PNG、JPEG、BMP 或 GIF 檔案拖放到畫板上</translation>
    </message>
    <message>
        <source>{file} cannot be read as a picture: {reason}</source>
        <translation>{file} 無法當作圖片讀取：{reason}</translation>
    </message>
    <message>
        <source>{file} has more than {most} million pixels, more than is read: make it smaller</source>
        <translation>{file} 超過 {most} 百萬像素，超出可讀取的上限：請縮小它</translation>
    </message>
</context>
<context>
    <name>preprocessing</name>
    <message>
        <source>as the dataset comes</source>
        <translation>依資料集原樣</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>standardise (mean 0, std 1 per feature)</source>
        <translation>標準化（每個特徵平均值 0、標準差 1）</translation>
    </message>
    <message>
        <source>min-max to [0, 1]</source>
        <translation>min-max 縮放到 [0, 1]</translation>
    </message>
    <message>
        <source>subtract the mean image (per pixel)</source>
        <translation>減去平均影像（逐像素）</translation>
    </message>
    <message>
        <source>subtract the mean of each channel</source>
        <translation>減去每個通道的平均值</translation>
    </message>
    <message>
        <source>unknown scaling {kind}; choose one of {known}</source>
        <translation>未知的縮放方式 {kind}；請從 {known} 中選擇一個</translation>
    </message>
    <message>
        <source>the plane&apos;s points are used as they are (the pictures are drawn in their coordinates): choose auto</source>
        <translation>平面的資料點會照原樣使用（圖是以它們的座標繪製的）：請選擇 auto</translation>
    </message>
    <message>
        <source>text comes as word numbers, which are names, not amounts: choose auto</source>
        <translation>文字是以單字編號表示，這些編號是名稱而不是數量：請選擇 auto</translation>
    </message>
    <message>
        <source>{scaling} is for images: choose standardise or min-max for these inputs</source>
        <translation>{scaling} 是給影像用的：這些輸入請選擇 standardise 或 min-max</translation>
    </message>
    <message>
        <source>the training data holds only class {name}</source>
        <translation>訓練資料只包含類別 {name}</translation>
    </message>
    <message>
        <source>the test data holds only class {name}</source>
        <translation>測試資料只包含類別 {name}</translation>
    </message>
    <message>
        <source>the training data holds only class {name} — without shuffling the split takes the rows in order, and they are sorted by class: turn shuffling on</source>
        <translation>訓練資料只包含類別 {name} — 不打亂時會依序取各列來切分，而資料是依類別排序的：請開啟打亂</translation>
    </message>
    <message>
        <source>the test data holds only class {name} — without shuffling the split takes the rows in order, and they are sorted by class: turn shuffling on</source>
        <translation>測試資料只包含類別 {name} — 不打亂時會依序取各列來切分，而資料是依類別排序的：請開啟打亂</translation>
    </message>
</context>
<context>
    <name>recent_files</name>
    <message>
        <source>Clear the list</source>
        <translation>清除清單</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>Finished: reached the epoch limit</source>
        <translation>完成：已達訓練週期上限</translation>
    </message>
    <message>
        <source>Stopped by hand</source>
        <translation>已手動停止</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>已提前停止</translation>
    </message>
    <message>
        <source>The loss became NaN or infinite</source>
        <translation>損失變成 NaN 或無限大</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Went back to an earlier epoch</source>
        <translation>已回到較早的訓練週期</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>二元分類</translation>
    </message>
    <message>
        <source>multiclass</source>
        <translation>多類別分類</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>迴歸</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>設定變更</translation>
    </message>
    <message>
        <source>early_stop</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>還原權重</translation>
    </message>
    <message>
        <source>lr_reduced</source>
        <translation>學習率降低</translation>
    </message>
    <message>
        <source>rewound</source>
        <translation>回到較早的訓練週期</translation>
    </message>
    <message>
        <source>nonfinite</source>
        <translation>非有限值</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲線</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>網路</translation>
    </message>
    <message>
        <source>Inside the network</source>
        <translation>網路內部</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>{k}-fold cross-validation</source>
        <translation>{k} 折交叉驗證</translation>
    </message>
    <message>
        <source>, repeated {repeats} times</source>
        <translation>，重複 {repeats} 次</translation>
    </message>
    <message>
        <source>hold-out: the validation part of the split</source>
        <translation>保留驗證：使用切分出的驗證部分</translation>
    </message>
    <message>
        <source>{training} training / {validation} validation</source>
        <translation>{training} 訓練／{validation} 驗證</translation>
    </message>
    <message>
        <source>, after {holdout} kept aside as a held-out test set</source>
        <translation>，在預留 {holdout} 作為保留測試集之後</translation>
    </message>
    <message>
        <source>not shuffled</source>
        <translation>未打亂</translation>
    </message>
    <message>
        <source>stratified</source>
        <translation>分層</translation>
    </message>
    <message>
        <source>imported {kind}</source>
        <translation>匯入的 {kind}</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>問題類型</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>雜訊</translation>
    </message>
    <message>
        <source>features</source>
        <translation>特徵</translation>
    </message>
    <message>
        <source>split</source>
        <translation>切分</translation>
    </message>
    <message>
        <source>classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>the inputs themselves (an autoencoder)</source>
        <translation>輸入本身（自動編碼器）</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>scaling</source>
        <translation>縮放</translation>
    </message>
    <message>
        <source>word numbers</source>
        <translation>單字編號</translation>
    </message>
    <message>
        <source>a bag of words</source>
        <translation>詞袋</translation>
    </message>
    <message>
        <source>text as</source>
        <translation>文字表示為</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>隨機種子</translation>
    </message>
    <message>
        <source>a sequential stack</source>
        <translation>依序堆疊</translation>
    </message>
    <message>
        <source>branched (functional)</source>
        <translation>有分支（函數式）</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>層數</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>結構</translation>
    </message>
    <message>
        <source>outputs</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>回呼函式</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證</translation>
    </message>
    <message>
        <source>class weight</source>
        <translation>類別權重</translation>
    </message>
    <message>
        <source>{penalty} bias {rate}</source>
        <translation>{penalty} 偏值 {rate}</translation>
    </message>
    <message>
        <source>{penalty} act. {rate}</source>
        <translation>{penalty} 激活值 {rate}</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>已凍結</translation>
    </message>
    <message>
        <source>extra output</source>
        <translation>額外輸出</translation>
    </message>
    <message>
        <source>Not trained yet</source>
        <translation>尚未訓練</translation>
    </message>
    <message>
        <source>{ending} ({epochs} epochs)</source>
        <translation>{ending}（{epochs} 個訓練週期）</translation>
    </message>
    <message>
        <source>{ending} at epoch {epoch} of {epochs}</source>
        <translation>{ending}，於第 {epoch} 個訓練週期（共 {epochs} 個）</translation>
    </message>
    <message>
        <source>{ending} at epoch {epoch}</source>
        <translation>{ending}，於第 {epoch} 個訓練週期</translation>
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
        <translation>沒有任何層。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>層</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>單元數</translation>
    </message>
    <message>
        <source>Activation</source>
        <translation>激活函數</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Output shape</source>
        <translation>輸出形狀</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>No epochs trained.</source>
        <translation>尚未完成任何訓練週期。</translation>
    </message>
    <message>
        <source>Training (final)</source>
        <translation>訓練（最終）</translation>
    </message>
    <message>
        <source>Validation (final)</source>
        <translation>驗證（最終）</translation>
    </message>
    <message>
        <source>Best validation</source>
        <translation>最佳驗證</translation>
    </message>
    <message>
        <source>at epoch</source>
        <translation>所在訓練週期</translation>
    </message>
    <message>
        <source>Held-out test</source>
        <translation>保留測試集</translation>
    </message>
    <message>
        <source>final learning rate</source>
        <translation>最終學習率</translation>
    </message>
    <message>
        <source>held-out {measure}</source>
        <translation>保留測試集 {measure}</translation>
    </message>
    <message>
        <source>Nothing happened along the way.</source>
        <translation>訓練過程中沒有發生任何事件。</translation>
    </message>
    <message>
        <source>epoch {epoch}</source>
        <translation>第 {epoch} 個訓練週期</translation>
    </message>
    <message>
        <source>{shown} of {total} epochs, evenly spaced.</source>
        <translation>平均取樣，顯示 {total} 個訓練週期中的 {shown} 個。</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>{n} layers</source>
        <translation>{n} 層</translation>
    </message>
    <message>
        <source>{optimizer} lr {lr}</source>
        <translation>{optimizer} 學習率 {lr}</translation>
    </message>
    <message>
        <source>batch {size}</source>
        <translation>批次 {size}</translation>
    </message>
    <message>
        <source>{dataset} experiment</source>
        <translation>{dataset} 實驗</translation>
    </message>
    <message>
        <source>Neural-network playground report · {date}</source>
        <translation>神經網路遊樂場報告 · {date}</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>History</source>
        <translation>訓練歷程</translation>
    </message>
    <message>
        <source>Made with the neural-network playground</source>
        <translation>以神經網路遊樂場製作</translation>
    </message>
</context>
<context>
    <name>runs</name>
    <message>
        <source>must be a list of runs</source>
        <translation>必須是執行紀錄的清單</translation>
    </message>
    <message>
        <source>must look like {&quot;number&quot;: 1, &quot;experiment&quot;: {...}, &quot;rows&quot;: [...]}</source>
        <translation>必須像這樣：{&quot;number&quot;: 1, &quot;experiment&quot;: {...}, &quot;rows&quot;: [...]}</translation>
    </message>
    <message>
        <source>must be a list of rows</source>
        <translation>必須是資料列的清單</translation>
    </message>
</context>
<context>
    <name>schedules</name>
    <message>
        <source>steps (batches) over which the rate decays once</source>
        <translation>學習率衰減一次所需的步數（批次）</translation>
    </message>
    <message>
        <source>decay in jumps: ⌊step / decay_steps⌋ instead of step / decay_steps</source>
        <translation>階梯式衰減：用 ⌊step / decay_steps⌋ 取代 step / decay_steps</translation>
    </message>
    <message>
        <source>the lowest rate, as a fraction of the rate the cosine starts from</source>
        <translation>最低學習率，以餘弦起始學習率的比例表示</translation>
    </message>
    <message>
        <source>Step decay</source>
        <translation>階梯衰減</translation>
    </message>
    <message>
        <source>each drop multiplies the rate by this</source>
        <translation>每次調降時學習率乘上這個值</translation>
    </message>
    <message>
        <source>epochs between drops; with the book&apos;s 1 + epoch the first drop comes one epoch early</source>
        <translation>每次調降之間的訓練週期數；若照書中使用 1 + epoch，第一次調降會提早一個訓練週期</translation>
    </message>
    <message>
        <source>Exponential decay</source>
        <translation>指數衰減</translation>
    </message>
    <message>
        <source>the rate is multiplied by this every decay_steps steps</source>
        <translation>每經過 decay_steps 步，學習率就乘上這個值</translation>
    </message>
    <message>
        <source>Natural exponential decay</source>
        <translation>自然指數衰減</translation>
    </message>
    <message>
        <source>the rate is multiplied by e^−decay_rate every decay_steps</source>
        <translation>每經過 decay_steps 步，學習率就乘上 e^−decay_rate</translation>
    </message>
    <message>
        <source>Inverse time decay</source>
        <translation>反時間衰減</translation>
    </message>
    <message>
        <source>the divisor grows by this every decay_steps steps</source>
        <translation>每經過 decay_steps 步，除數就增加這個值</translation>
    </message>
    <message>
        <source>Polynomial decay</source>
        <translation>多項式衰減</translation>
    </message>
    <message>
        <source>the rate reached after decay_steps steps</source>
        <translation>經過 decay_steps 步之後達到的學習率</translation>
    </message>
    <message>
        <source>1: a straight line; 2: a parabola; 0.5: a square root</source>
        <translation>1：直線；2：拋物線；0.5：平方根</translation>
    </message>
    <message>
        <source>after decay_steps start again, over the next multiple of decay_steps: ⌈step / decay_steps⌉</source>
        <translation>經過 decay_steps 步之後重新開始，延續到下一個 decay_steps 的倍數：⌈step / decay_steps⌉</translation>
    </message>
    <message>
        <source>Cosine decay</source>
        <translation>餘弦衰減</translation>
    </message>
    <message>
        <source>empty: no warm-up. Otherwise the rate rises in a straight line from lr₀ to this over warmup_steps steps, and the cosine then decays from this (not from lr₀)</source>
        <translation>留空：不暖身。否則學習率會在 warmup_steps 步內從 lr₀ 直線上升到這個值，之後餘弦再從這個值（而不是 lr₀）開始衰減</translation>
    </message>
    <message>
        <source>steps of warm-up before the cosine decay (only with a warmup_target)</source>
        <translation>餘弦衰減之前的暖身步數（只在設定 warmup_target 時有效）</translation>
    </message>
    <message>
        <source>Cosine decay with restarts</source>
        <translation>帶重啟的餘弦衰減</translation>
    </message>
    <message>
        <source>steps (batches) of the first cosine period</source>
        <translation>第一個餘弦週期的步數（批次）</translation>
    </message>
    <message>
        <source>each period lasts this many times longer than the one before</source>
        <translation>每個週期的長度是前一個的這麼多倍</translation>
    </message>
    <message>
        <source>each restart starts this many times lower than the one before</source>
        <translation>每次重啟的起點是前一次的這麼多倍（更低）</translation>
    </message>
    <message>
        <source>the lowest rate, as a fraction of lr₀ (the same in every period)</source>
        <translation>最低學習率，以 lr₀ 的比例表示（每個週期都相同）</translation>
    </message>
    <message>
        <source>Piecewise constant</source>
        <translation>分段常數</translation>
    </message>
    <message>
        <source>the steps after which the rate changes, increasing, e.g. 5000, 10000</source>
        <translation>學習率改變時所在的步數，須遞增，例如 5000, 10000</translation>
    </message>
    <message>
        <source>the rates themselves (lr₀ is not used), one more than boundaries, e.g. 0.01, 0.001, 0.0001</source>
        <translation>學習率本身（不使用 lr₀），比 boundaries 多一個，例如 0.01, 0.001, 0.0001</translation>
    </message>
    <message>
        <source>after patience epochs without improving monitor by min_delta: lr ← max(lr · factor, min_lr)</source>
        <translation>連續 patience 個訓練週期 monitor 都沒有改善至少 min_delta 之後：lr ← max(lr · factor, min_lr)</translation>
    </message>
    <message>
        <source>must look like {&quot;class_name&quot;: &quot;ExponentialDecay&quot;, &quot;config&quot;: {...}} or be null</source>
        <translation>必須像這樣：{&quot;class_name&quot;: &quot;ExponentialDecay&quot;, &quot;config&quot;: {...}}，或是 null</translation>
    </message>
    <message>
        <source>unknown schedule {name!r}; the schedules: {known}</source>
        <translation>未知的排程 {name!r}；排程有：{known}</translation>
    </message>
    <message>
        <source>needs at least one boundary</source>
        <translation>至少需要一個邊界值</translation>
    </message>
    <message>
        <source>must increase: {b} comes after {a}</source>
        <translation>必須遞增：{b} 出現在 {a} 之後</translation>
    </message>
    <message>
        <source>needs one value more than boundaries: {needed} for {boundaries} boundaries, got {got}</source>
        <translation>值必須比邊界值多一個：{boundaries} 個邊界值需要 {needed} 個值，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a dict of {keys}, got {plateau}</source>
        <translation>必須是包含 {keys} 的 dict，收到的是 {plateau}</translation>
    </message>
    <message>
        <source>the initial rate is the optimizer&apos;s learning_rate: leave initial_learning_rate out</source>
        <translation>初始學習率就是優化器的 learning_rate：請不要設定 initial_learning_rate</translation>
    </message>
    <message>
        <source>{name} has no setting {key!r}; its settings: {known}</source>
        <translation>{name} 沒有 {key!r} 這個設定；它的設定有：{known}</translation>
    </message>
    <message>
        <source>must be true or false, got {value}</source>
        <translation>必須是 true 或 false，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>必須是 {choices} 其中之一，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a whole number from {low} to {high}, got {value}</source>
        <translation>必須是 {low} 到 {high} 的整數，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of whole numbers from {low} to {high}, got {value}</source>
        <translation>必須是由 {low} 到 {high} 的整數組成的清單，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a list of numbers from {low:g} to {high:g}, got {value}</source>
        <translation>必須是由 {low:g} 到 {high:g} 的數字組成的清單，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, or empty (null) for none, got {value}</source>
        <translation>必須是 {low:g} 到 {high:g} 的數字，或留空 (null) 表示不設定，收到的是 {value}</translation>
    </message>
    <message>
        <source>must be a number from {low:g} to {high:g}, got {value}</source>
        <translation>必須是 {low:g} 到 {high:g} 的數字，收到的是 {value}</translation>
    </message>
    <message>
        <source>Constant: {lr0}</source>
        <translation>固定：{lr0}</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps, power {power}, then again over each next multiple</source>
        <translation>{label}：在 {steps} 步內從 {lr0} 降到 {end}，次方 {power}，之後在每個下一個倍數內再重複一次</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps, power {power}</source>
        <translation>{label}：在 {steps} 步內從 {lr0} 降到 {end}，次方 {power}</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps</source>
        <translation>{label}：在 {steps} 步內從 {lr0} 降到 {end}</translation>
    </message>
    <message>
        <source>{label}: warm-up from {lr0} to {target} over {warmup_steps} steps, then down to {end} over {steps} steps</source>
        <translation>{label}：在 {warmup_steps} 步內從 {lr0} 暖身到 {target}，然後在 {steps} 步內降到 {end}</translation>
    </message>
    <message>
        <source>{label}: from {lr0} to {end} over {steps} steps, then again, each period {t_mul}× as long and {m_mul}× as high</source>
        <translation>{label}：在 {steps} 步內從 {lr0} 降到 {end}，然後重複，每個週期的長度是前一個的 {t_mul} 倍、高度是 {m_mul} 倍</translation>
    </message>
    <message>
        <source>{value} up to step {step}</source>
        <translation>到第 {step} 步為止為 {value}</translation>
    </message>
    <message>
        <source>{label}: {parts}, then {last}</source>
        <translation>{label}：{parts}，之後為 {last}</translation>
    </message>
    <message>
        <source>epochs_drop and steps_per_epoch must be &gt; 0, got {epochs_drop} and {steps}</source>
        <translation>epochs_drop 與 steps_per_epoch 必須 &gt; 0，收到的是 {epochs_drop} 與 {steps}</translation>
    </message>
    <message>
        <source>decay_steps must be &gt; 0, got {steps}</source>
        <translation>decay_steps 必須 &gt; 0，收到的是 {steps}</translation>
    </message>
</context>
<context>
    <name>serialization</name>
    <message>
        <source>refers to module {module!r}; only built-in Keras objects are allowed</source>
        <translation>參照了模組 {module!r}；只允許 Keras 內建的物件</translation>
    </message>
    <message>
        <source>refers to custom object {name!r}; only built-in Keras objects are allowed</source>
        <translation>參照了自訂物件 {name!r}；只允許 Keras 內建的物件</translation>
    </message>
    <message>
        <source>may not contain code (Lambda layers or functions)</source>
        <translation>不能含有程式碼（Lambda 層或函式）</translation>
    </message>
</context>
<context>
    <name>session</name>
    <message>
        <source>TerminateOnNaN: the loss is not a number</source>
        <translation>TerminateOnNaN：損失不是數字</translation>
    </message>
    <message>
        <source>EarlyStopping restored the weights of epoch {epoch}, the best {monitor}</source>
        <translation>EarlyStopping 還原了第 {epoch} 個訓練週期的權重，也就是 {monitor} 最佳的時候</translation>
    </message>
    <message>
        <source>EarlyStopping: {monitor} has not improved for {patience} epochs (best at epoch {best})</source>
        <translation>EarlyStopping：{monitor} 已經 {patience} 個訓練週期沒有改善（最佳在第 {best} 個訓練週期）</translation>
    </message>
    <message>
        <source>ReduceLROnPlateau: learning rate lowered to {rate:.3g}</source>
        <translation>ReduceLROnPlateau：學習率調降為 {rate:.3g}</translation>
    </message>
    <message>
        <source>The autosaved weights do not fit this model: the run is kept under Runs.</source>
        <translation>自動儲存的權重與這個模型不相符：這次執行已保存在「執行紀錄」中。</translation>
    </message>
    <message>
        <source>went back to epoch {epoch}</source>
        <translation>回到第 {epoch} 個訓練週期</translation>
    </message>
    <message>
        <source>learning rate {old:.3g} → {new:.3g}</source>
        <translation>學習率 {old:.3g} → {new:.3g}</translation>
    </message>
    <message>
        <source>optimizer {old} → {new}</source>
        <translation>優化器 {old} → {new}</translation>
    </message>
    <message>
        <source>schedule: {schedule}</source>
        <translation>排程：{schedule}</translation>
    </message>
    <message>
        <source>callbacks: {names}</source>
        <translation>回呼函式：{names}</translation>
    </message>
    <message>
        <source>callbacks: none</source>
        <translation>回呼函式：無</translation>
    </message>
    <message>
        <source>training settings changed</source>
        <translation>訓練設定已變更</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>loss</source>
        <translation>損失函數</translation>
    </message>
    <message>
        <source>optimizer</source>
        <translation>優化器</translation>
    </message>
    <message>
        <source>batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>epochs</source>
        <translation>訓練週期</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>class weight</source>
        <translation>類別權重</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>排程</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>回呼函式</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>驗證方式</translation>
    </message>
</context>
<context>
    <name>sweeps</name>
    <message>
        <source>K-fold needs at least 2 folds, got {k}</source>
        <translation>K 折交叉驗證至少需要 2 折，收到的是 {k}</translation>
    </message>
    <message>
        <source>must be a whole number ≥ 1, got {got}</source>
        <translation>必須是 ≥ 1 的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>is {k} but there are only {n} samples to split: lower k or use more samples</source>
        <translation>是 {k}，但只有 {n} 個樣本可以切分：請調低 k，或使用更多樣本</translation>
    </message>
    <message>
        <source>class {name!r} has only {count} samples, fewer than k={k} folds: lower k or turn stratification off</source>
        <translation>類別 {name!r} 只有 {count} 個樣本，少於 k={k} 折：請調低 k，或關閉分層切分</translation>
    </message>
    <message>
        <source>each must be above 0 and at most 1, got {got}</source>
        <translation>每個值都必須大於 0 且最多為 1，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be units or layers, got {got}</source>
        <translation>必須是 units 或 layers，收到的是 {got}</translation>
    </message>
    <message>
        <source>a capacity sweep needs a plain stack of layers ending in a Dense output (no branches, Inputs or extra outputs)</source>
        <translation>容量掃描需要一疊單純的層，並以 Dense 輸出層結尾（不能有分支、Input 或額外的輸出）</translation>
    </message>
    <message>
        <source>a capacity sweep varies hidden Dense layers, and this model has none: add one</source>
        <translation>容量掃描會改變隱藏的 Dense 層，但這個模型沒有：請加入一層</translation>
    </message>
    <message>
        <source>{name} ({kind}) sits among the hidden Dense layers: a capacity sweep needs Dense layers with only {between} between them</source>
        <translation>{name}（{kind}）位於隱藏的 Dense 層之間：容量掃描需要 Dense 層之間只有 {between}</translation>
    </message>
    <message>
        <source>units must be whole numbers ≥ 1, got {got}</source>
        <translation>units 必須是 ≥ 1 的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>layer counts must be whole numbers ≥ 0, got {got}</source>
        <translation>層數必須是 ≥ 0 的整數，收到的是 {got}</translation>
    </message>
</context>
<context>
    <name>templates</name>
    <message>
        <source>TensorFlow Playground MLP (circle)</source>
        <translation>TensorFlow Playground MLP（圓形）</translation>
    </message>
    <message>
        <source>Deep MLP, 10 × 100 units (digits)</source>
        <translation>深層 MLP，10 × 100 個單元（手寫數字）</translation>
    </message>
    <message>
        <source>LeNet-style CNN (digits)</source>
        <translation>LeNet 風格的 CNN（手寫數字）</translation>
    </message>
    <message>
        <source>Small VGG-style CNN with batch norm and dropout (shapes)</source>
        <translation>加入批次正規化與 Dropout 的小型 VGG 風格 CNN（形狀）</translation>
    </message>
    <message>
        <source>Residual block: branch and Add (digits)</source>
        <translation>殘差區塊：分支與 Add（手寫數字）</translation>
    </message>
    <message>
        <source>Two inputs, two outputs: functional API (circle)</source>
        <translation>雙輸入、雙輸出：函數式 API（圓形）</translation>
    </message>
    <message>
        <source>LSTM sequence classifier (sequences)</source>
        <translation>LSTM 序列分類器（序列）</translation>
    </message>
    <message>
        <source>Embedding + GRU sentiment (reviews)</source>
        <translation>Embedding + GRU 情感分析（評論）</translation>
    </message>
    <message>
        <source>Dense autoencoder (digits)</source>
        <translation>Dense 自動編碼器（手寫數字）</translation>
    </message>
    <message>
        <source>Transfer learning: MobileNetV2 features (shapes)</source>
        <translation>遷移學習：MobileNetV2 特徵（形狀）</translation>
    </message>
</context>
<context>
    <name>tf_link</name>
    <message>
        <source>must be a percent from 0 to {most}, got {got}</source>
        <translation>必須是 0 到 {most} 之間的百分比，收到的是 {got}</translation>
    </message>
    <message>
        <source>the dataset {name} (the link names circle instead)</source>
        <translation>資料集 {name}（連結中改為 circle）</translation>
    </message>
    <message>
        <source>layers other than Dense: {kinds}</source>
        <translation>Dense 以外的層：{kinds}</translation>
    </message>
    <message>
        <source>the hidden layers&apos; activations {names}</source>
        <translation>隱藏層的激活函數 {names}</translation>
    </message>
    <message>
        <source>regularization that differs between layers or mixes L1 and L2</source>
        <translation>各層不同或混用 L1 與 L2 的正則化</translation>
    </message>
    <message>
        <source>the optimizer {name} (the link trains with plain SGD)</source>
        <translation>優化器 {name}（連結使用一般 SGD 訓練）</translation>
    </message>
    <message>
        <source>how the weights start (the link starts them uniform in ±0.5, biases at 0.1)</source>
        <translation>權重的初始化方式（連結在 ±0.5 內均勻初始化權重，偏值為 0.1）</translation>
    </message>
    <message>
        <source>an output layer of more than one unit</source>
        <translation>多於一個單元的輸出層</translation>
    </message>
    <message>
        <source>{n} samples (the link draws {theirs})</source>
        <translation>{n} 個樣本（連結產生 {theirs} 個）</translation>
    </message>
    <message>
        <source>a held-out test set</source>
        <translation>保留的測試集</translation>
    </message>
    <message>
        <source>the loss {loss}</source>
        <translation>損失函數 {loss}</translation>
    </message>
    <message>
        <source>the learning-rate schedule</source>
        <translation>學習率排程</translation>
    </message>
    <message>
        <source>callbacks</source>
        <translation>回呼函式</translation>
    </message>
    <message>
        <source>K-fold validation</source>
        <translation>K 折驗證</translation>
    </message>
    <message>
        <source>class weights</source>
        <translation>類別權重</translation>
    </message>
    <message>
        <source>the trained weights the model starts from</source>
        <translation>模型起始時已訓練的權重</translation>
    </message>
    <message>
        <source>silenced units</source>
        <translation>已遮蔽的單元</translation>
    </message>
    <message>
        <source>hidden controls it has no switch for: {names}</source>
        <translation>連結沒有對應開關的隱藏控制項：{names}</translation>
    </message>
    <message>
        <source>has no #… part with the settings: copy the whole address from the browser&apos;s address bar</source>
        <translation>沒有包含設定的 #… 部分：請從瀏覽器網址列複製完整網址</translation>
    </message>
    <message>
        <source>its #… part holds no settings (key=value pairs)</source>
        <translation>它的 #… 部分不含任何設定（key=value 配對）</translation>
    </message>
    <message>
        <source>unknown value {got}; TensorFlow Playground&apos;s are {choices}</source>
        <translation>未知的值 {got}；TensorFlow Playground 的取值為 {choices}</translation>
    </message>
    <message>
        <source>must be a number, got {got}</source>
        <translation>必須是數字，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be a whole number from 1, got {got}</source>
        <translation>必須是從 1 起的整數，收到的是 {got}</translation>
    </message>
    <message>
        <source>must be true or false, got {got}</source>
        <translation>必須是 true 或 false，收到的是 {got}</translation>
    </message>
</context>
<context>
    <name>tf_links</name>
    <message>
        <source>Open TensorFlow Playground link…</source>
        <translation>開啟 TensorFlow Playground 連結…</translation>
    </message>
    <message>
        <source>Paste TensorFlow Playground link</source>
        <translation>貼上 TensorFlow Playground 連結</translation>
    </message>
    <message>
        <source>Copy as TensorFlow Playground link</source>
        <translation>複製為 TensorFlow Playground 連結</translation>
    </message>
    <message>
        <source>Open TensorFlow Playground link</source>
        <translation>開啟 TensorFlow Playground 連結</translation>
    </message>
    <message>
        <source>The address of a TensorFlow Playground page (https://playground.tensorflow.org/#…):</source>
        <translation>TensorFlow Playground 頁面的網址（https://playground.tensorflow.org/#…）：</translation>
    </message>
    <message>
        <source>The clipboard holds no TensorFlow Playground link.</source>
        <translation>剪貼簿中沒有 TensorFlow Playground 連結。</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>無法開啟連結</translation>
    </message>
    <message>
        <source>This TensorFlow Playground link cannot be opened.

{0}</source>
        <translation>無法開啟這個 TensorFlow Playground 連結。

{0}</translation>
    </message>
    <message>
        <source>TensorFlow Playground link</source>
        <translation>TensorFlow Playground 連結</translation>
    </message>
    <message>
        <source>Opened the TensorFlow Playground link. Its learning rate {0:g} is {1:g} here: Keras&apos;s squared error is twice its ½(y − t)², so half the rate takes the same steps.</source>
        <translation>已開啟 TensorFlow Playground 連結。它的學習率 {0:g} 在這裡是 {1:g}：Keras 的平方誤差是它的 ½(y − t)² 的兩倍，所以學習率減半才走出同樣的步伐。</translation>
    </message>
    <message>
        <source>Not used here: {0}.</source>
        <translation>此處未使用：{0}。</translation>
    </message>
    <message>
        <source>Copied the TensorFlow Playground link; it cannot say: {0}</source>
        <translation>已複製 TensorFlow Playground 連結；連結無法表達：{0}</translation>
    </message>
    <message>
        <source>Copied the TensorFlow Playground link.</source>
        <translation>已複製 TensorFlow Playground 連結。</translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <source>{name}&apos;s ImageNet weights are not on this computer: press Download weights in the layer&apos;s properties (about {mb:.0f} MB), or copy {file} into {folder}.</source>
        <translation>這台電腦上還沒有 {name} 的 ImageNet 權重：請在該層的屬性中按「下載權重」（約 {mb:.0f} MB），或將 {file} 複製到 {folder}。</translation>
    </message>
    <message>
        <source>{name}: {path} cannot be read as {application}&apos;s weights ({error}): delete it and press Download weights again</source>
        <translation>{name}：{path} 無法當作 {application} 的權重讀取（{error}）：請刪除它，再按一次「下載權重」</translation>
    </message>
    <message>
        <source>Could not download {application}&apos;s ImageNet weights ({size}) from {host}: {reason}. Check the internet connection and try again, or copy {file} into {folder}.</source>
        <translation>無法從 {host} 下載 {application} 的 ImageNet 權重（{size}）：{reason}。請檢查網路連線後再試一次，或將 {file} 複製到 {folder}。</translation>
    </message>
</context>
<context>
    <name>weight_commands</name>
    <message>
        <source>layer {layer}: bias of neuron {unit} set to {value:.4g}</source>
        <translation>層 {layer}：神經元 {unit} 的偏值設為 {value:.4g}</translation>
    </message>
    <message>
        <source>layer {layer}: weight {row}→{col} set to {value:.4g}</source>
        <translation>層 {layer}：權重 {row}→{col} 設為 {value:.4g}</translation>
    </message>
</context>
<context>
    <name>weight_edits</name>
    <message>
        <source>{value} cannot be a weight: it takes a number from {low} to {high}</source>
        <translation>{value} 不能當作權重：權重必須是 {low} 到 {high} 的數字</translation>
    </message>
    <message>
        <source>Layer {name} has no biases (use_bias is off)</source>
        <translation>層 {name} 沒有偏值（use_bias 已關閉）</translation>
    </message>
</context>
</TS>
