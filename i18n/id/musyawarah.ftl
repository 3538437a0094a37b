# Antarmuka Musyawarah dalam Bahasa Indonesia.
# Istilah: lihat docs/glossary.md.

language-name = Bahasa Indonesia

## Kerangka setiap halaman
site-name = Musyawarah
skip-to-content = Langsung ke isi
menu = Menu
menu-hidden = halaman situs dan akun Anda
nav-main = Utama
nav-consultations = Konsultasi
nav-organisations = Organisasi
nav-commitments = Komitmen
nav-dashboard = Dasbor
nav-findings = Temuan
nav-search = Cari
nav-assessments = Penilaian mandiri
nav-my-notes = Catatan saya
nav-returned-hidden = dikembalikan kepada Anda
nav-review = Antrean tinjauan
nav-waiting-hidden = menunggu
nav-people = Orang
nav-users = Pengguna
nav-audit = Log audit
nav-help = Bantuan
your-account-hidden = Akun Anda:
sign-in = Masuk
sign-out = Keluar
notice-done = Selesai
language-switch = Bahasa
footer-about-public = Musyawarah memantau konsultasi multipihak mengenai pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran. Anda hanya melihat data publik.
footer-about-members = Musyawarah memantau konsultasi multipihak mengenai pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran. Anda melihat data publik dan data untuk anggota.
footer-about-all = Musyawarah memantau konsultasi multipihak mengenai pelaksanaan Konsensus ASEAN tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran. Anda melihat semua data, termasuk catatan khusus staf.

## Nama Negara Anggota (nama bahasa Inggrisnya yang tersimpan di basis data)
state-BN = Brunei Darussalam
state-KH = Kamboja
state-ID = Indonesia
state-LA = Laos
state-MY = Malaysia
state-MM = Myanmar
state-PH = Filipina
state-SG = Singapura
state-TH = Thailand
state-TL = Timor-Leste
state-VN = Vietnam
state-formal-BN = Brunei Darussalam
state-formal-KH = Kerajaan Kamboja
state-formal-ID = Republik Indonesia
state-formal-LA = Republik Demokratik Rakyat Laos
state-formal-MY = Malaysia
state-formal-MM = Republik Persatuan Myanmar
state-formal-PH = Republik Filipina
state-formal-SG = Republik Singapura
state-formal-TH = Kerajaan Thailand
state-formal-TL = Republik Demokratik Timor-Leste
state-formal-VN = Republik Sosialis Vietnam
data-scope-public = data publik saja
data-scope-members = data publik dan data untuk anggota
data-scope-all = semua data, termasuk catatan khusus staf

## Halaman API (JSON dan dokumen OpenAPI tetap dalam bahasa Inggris: keduanya kontrak)
api-title = API
api-lead = Semua yang dapat Anda baca di Musyawarah juga tersedia dalam format JSON, untuk lembar kerja, skrip, dan situs web mitra. API hanya membaca; API menampilkan persis apa yang ditampilkan halaman-halaman kepada Anda, tidak lebih.
api-document = Dokumen
api-document-text = API ini dijelaskan oleh dokumen OpenAPI 3.1 yang dihasilkan dari kode yang melayaninya:
api-document-tools = Alat OpenAPI apa pun dapat membacanya.
api-what = Apa yang dapat Anda baca
api-addresses-caption = Alamat-alamat API
api-col-address = Alamat
api-col-gives = Isinya
api-gives-series = Seri konsultasi, dengan jumlahnya menurut tahap; satu seri beserta konsultasinya.
api-gives-consultations = Konsultasi, yang terbaru lebih dahulu; filter <code>state</code>, <code>stage</code>, <code>series</code>, <code>from</code>, <code>to</code>.
api-gives-consultation = Satu konsultasi: sesi dan pembicaranya, organisasi yang ikut serta beserta jumlah orang menurut jenis kelamin, dan catatannya yang telah diterbitkan.
api-gives-notes = Catatan yang telah diterbitkan dari suatu konsultasi.
api-gives-organisations = Direktori (filter <code>kind</code>, <code>state</code>, <code>name</code>); satu organisasi beserta konsultasi yang diikutinya.
api-gives-commitments = Setiap ketentuan kerangka kerja, menurut bab.
api-gives-findings = Pelacak temuan, dengan filternya (<code>state</code>, <code>kind</code>, <code>status</code>, <code>commitment</code>, <code>chapter</code>, <code>theme</code>, <code>consultation</code>, <code>series</code>, <code>from</code>, <code>to</code>, <code>overdue</code>, <code>sort</code>).
api-gives-finding = Satu temuan; untuk rekomendasi, juga pihak yang dituju, status, tenggat, dan tindak lanjutnya.
api-gives-assessments = Nilai rata-rata penilaian mandiri terbaru setiap Negara Anggota, menurut pihak dan bab.
api-gives-dashboard = Angka-angka dasbor untuk setiap Negara Anggota.
api-examples = Contoh
api-example-open = Rekomendasi yang masih terbuka untuk Vietnam, sepuluh sekaligus:
api-cursor = Sebuah daftar memberikan kursor <code>next</code> (serta alamat halaman berikutnya di <code>next_url</code> dan di header <code>Link: &lt;...&gt;; rel="next"</code>). Kirimkan kembali sebagai <code>cursor</code>, dengan filter yang sama, hingga <code>next</code> bernilai null: setiap catatan muncul satu kali.
api-sample = Contoh jawaban:
api-etag = Mintalah lagi hanya jika ada yang berubah: setiap jawaban memiliki <code>ETag</code>; kirimkan kembali, dan jawaban 304 tanpa isi menandakan tidak ada yang berubah.
api-page-tokens = Membaca sebagai diri Anda sendiri: token
api-page-tokens-text = Tanpa token, API memberikan data publik. Setelah masuk, Anda dapat membuat token pribadi di <a href="/account#api-tokens">halaman akun Anda</a>: token itu membaca apa yang boleh Anda baca (catatan untuk anggota bagi mitra dan pejabat; catatan khusus staf bagi staf HRWG), tidak lebih. Token ditampilkan satu kali, hanya disimpan sebagai hash, dan dapat dicabut kapan saja; halaman akun menunjukkan kapan setiap token terakhir digunakan dan seberapa sering.
api-limits = Sebuah token hanya dapat mengajukan sejumlah permintaan terbatas per menit; jika melebihinya, jawabannya adalah 429 dengan header <code>Retry-After</code>. Jawaban untuk sebuah token tidak pernah disimpan oleh cache (<code>Cache-Control: private, no-store</code>); jawaban publik dapat disimpan selama satu menit.
api-errors = Galat
api-errors-text = Galat dikirim sebagai <code>application/problem+json</code>, tidak pernah sebagai halaman:
api-statuses = 400: suatu parameter tidak valid (rinciannya menyebutkan yang mana). 401: token tidak valid atau telah dicabut. 404: catatan tidak ada, atau bukan catatan yang boleh Anda lihat. 429: terlalu banyak permintaan dengan token ini. Berdasarkan aturan Chatham House, tidak ada catatan yang menyebut nama penulisnya, baik di API maupun di halaman.

## Laporan untuk dicetak dan PDF-nya (ringkasan negara, laporan konsultasi)
report-made = Dibuat pada { $on } dengan tingkat visibilitas { $level } ({ $scope })
report-page = Halaman { $n } dari { $total }
report-chapter = Bab { $n }. { $title }
report-no-provision = Tidak terkait dengan ketentuan mana pun
report-all = Semua
report-col-consultation = Konsultasi
report-col-dates = Tanggal
report-col-place = Tempat
report-col-status = Status
report-col-chapter = Bab
report-col-recommendation = Rekomendasi
report-col-provisions = Ketentuan
report-col-addressee = Pihak yang dituju
report-col-due = Tenggat
report-col-latest = Perkembangan terakhir
report-col-provision = Ketentuan
report-col-government = Pemerintah
report-col-civil-society = Masyarakat sipil
report-col-gap = Selisih
report-overdue = Melewati tenggat
report-overdue-mark = melewati tenggat
report-divergent = Berbeda jauh
report-recommendations-caption = Rekomendasi, yang tenggatnya paling dekat lebih dahulu, beserta perkembangan terakhirnya
brief-page-title = Ringkasan: { $name }
brief-title = { $name }: ringkasan negara
brief-membership = Keanggotaan
brief-member-since = Anggota ASEAN sejak { $date }
brief-member-since-observer = Anggota ASEAN sejak { $date } (peninjau sejak { $observer })
brief-framework = Kerangka kerja
brief-bound-from-to = Terikat dari { $from } sampai { $until }
brief-bound-since = Terikat sejak { $from }
brief-not-bound = Tidak terikat: bukan penanda tangan
brief-consultations = Konsultasi
brief-held = Telah diselenggarakan
brief-planned = Direncanakan
brief-none-held = Belum ada konsultasi yang mencakup { $name } yang telah diselenggarakan.
brief-none-planned = Belum ada konsultasi yang mencakup { $name } yang direncanakan.
brief-held-caption = Konsultasi yang telah diselenggarakan, yang terbaru lebih dahulu
brief-planned-caption = Konsultasi yang direncanakan atau telah dijadwalkan
brief-more-consultations = dan { $n } lainnya di daftar konsultasi
brief-findings = Temuan menurut jenis dan bab
brief-no-findings = Belum ada temuan tentang { $name } yang dicatat.
brief-findings-caption = Temuan tentang { $name } menurut bab komitmen (temuan yang terkait dengan dua bab dihitung di masing-masing bab)
brief-all-findings = Semua temuan
brief-counted-once = Temuan yang terkait dengan ketentuan dari dua bab dihitung di masing-masing bab; baris terakhir menghitungnya satu kali.
brief-in-tracker = Temuan tentang { $name } di pelacak temuan
brief-recommendations = Rekomendasi dan tindak lanjutnya
brief-recommendations-line = { $total } rekomendasi, { $overdue } di antaranya melewati tenggat.
brief-more-than = lebih dari { $n }
brief-overdue = Melewati tenggat
brief-overdue-first = Melewati tenggat, yang paling lama lebih dahulu
brief-no-overdue = Tidak ada rekomendasi yang melewati tenggat.
brief-upcoming = Jatuh tenggat mulai hari ini, atau tanpa tenggat
brief-none = Tidak ada.
brief-no-update = Belum ada perkembangan
brief-more-in-tracker = Selebihnya ada di pelacak temuan.
brief-n-more-in-tracker = Dan { $n } lainnya di pelacak temuan.
brief-assessments = Penilaian mandiri
brief-sides = { $framework }. Pemerintah: { $government }. Masyarakat sipil: { $civil }.
brief-none-submitted = belum ada yang diajukan dan boleh Anda baca
brief-cycle = siklus { $cycle }
brief-divergences = Perbedaan besar
brief-no-divergences = Kedua pihak berbeda kurang dari dua poin pada setiap ketentuan yang dinilai keduanya.
brief-divergences-caption = Ketentuan yang penilaian kedua pihaknya berbeda dua poin atau lebih
brief-averages = Rata-rata pemerintah { $government }, rata-rata masyarakat sipil { $civil }
brief-no-assessment = Belum ada penilaian mandiri { $name } yang telah diajukan dan dibagikan kepada Anda.
report-page-title = Laporan: { $title }
report-of-consultation = Laporan konsultasi
report-series-number = { $series }, konsultasi ke-{ $n }
report-member-states = Negara Anggota
report-organisers = Penyelenggara
report-funder = Penyandang dana
report-chatham-house = Diselenggarakan dengan aturan Chatham House: apa yang dikatakan boleh dilaporkan, tetapi tidak siapa yang mengatakannya. Laporan ini tidak menyebut nama pembicara maupun penulis.
report-no-organisations = Tidak ada organisasi yang tercatat ikut serta.
report-people-by-kind = Peserta menurut jenis pemangku kepentingan dan jenis kelamin
report-people-by-kind-sexes = Peserta menurut jenis pemangku kepentingan dan jenis kelamin (perempuan, laki-laki, lainnya atau tidak disebutkan)
report-table-below = Tabel di bawah ini memuat angka-angkanya.
report-participants-caption = Peserta menurut jenis pemangku kepentingan dan jenis kelamin
report-col-kind-of-stakeholder = Jenis pemangku kepentingan
report-col-organisations = Organisasi
report-col-people = Orang
report-organisations-count = { $count } organisasi
report-not-counted = Jumlah peserta menurut jenis kelamin tidak dicatat untuk konsultasi ini.
report-demo-counts = Jumlah peserta menurut jenis kelamin adalah angka demo, bukan dari catatan konsultasi itu sendiri.
report-organisations-caption = Organisasi yang ikut serta
report-findings = Temuan
report-no-findings = Belum ada temuan yang dicatat untuk konsultasi ini.
report-provisions-label = Ketentuan:
report-member-states-label = Negara Anggota:
report-recommendations = Rekomendasi
report-no-recommendations = Belum ada rekomendasi yang dicatat untuk konsultasi ini.
report-recommendations-due-caption = Rekomendasi, beserta pihak yang dituju, status, dan tenggatnya
report-more-findings = Temuan lainnya ada di pelacak temuan.
report-n-more-findings = { $n } temuan lainnya ada di pelacak temuan.
report-notes = Catatan dari sesi-sesi
report-no-notes = Belum ada catatan sesi yang diterbitkan.

## Judul kolom dan nama lembar unduhan, serta README ekspor (nama berkas tetap dalam bahasa Inggris)
csv-when-utc = waktu (UTC)
csv-what-happened = apa yang terjadi
csv-who = siapa
csv-action = tindakan
csv-kind-of-record = jenis catatan
csv-record = catatan
csv-number-in-series = nomor dalam seri
csv-title = judul
csv-city = kota
csv-host = tuan rumah
csv-starts = mulai
csv-ends = selesai
csv-planned-period = periode rencana
csv-status = status
csv-participants-reported = jumlah peserta yang dilaporkan
csv-page = halaman
csv-series = seri
csv-venue = tempat
csv-member-states = negara anggota
csv-chatham-house-rule = aturan Chatham House
csv-objectives = tujuan
csv-summary = ringkasan
csv-languages = bahasa
csv-source = sumber
csv-position = urutan
csv-day = hari
csv-kind = jenis
csv-description = deskripsi
csv-speakers = pembicara
csv-themes = tema
csv-organisation = organisasi
csv-acronym = singkatan
csv-member-state = negara anggota
csv-roles = peran
csv-women = perempuan
csv-men = laki-laki
csv-other-or-not-stated = lainnya atau tidak disebutkan
csv-total = jumlah
csv-session = sesi
csv-note-by = catatan oleh
csv-published = diterbitkan
csv-section = bagian
csv-statement = pernyataan
csv-id = id
csv-recommendation = rekomendasi
csv-addressee = pihak yang dituju
csv-due = tenggat
csv-overdue = melewati tenggat
csv-latest-update = perkembangan terakhir
csv-latest-update-text = isi perkembangan terakhir
csv-recommendation-id = id rekomendasi
csv-reported-on = dilaporkan pada
csv-status-from = status sebelumnya
csv-status-to = status baru
csv-update = perkembangan
csv-evidence = bukti
csv-consultation = konsultasi
csv-reviewer-s-comment = komentar peninjau
csv-visibility = visibilitas
csv-written = ditulis
csv-last-changed = terakhir diubah
csv-submitted = diajukan
csv-side = pihak
csv-chapter = bab
csv-chapter-title = judul bab
csv-provision = ketentuan
csv-provision-title = judul ketentuan
csv-answer = jawaban
csv-rating = nilai
csv-evidence-links = tautan bukti
csv-government = pemerintah
csv-civil-society = masyarakat sipil
csv-gap = selisih
csv-divergent = berbeda jauh
csv-name = nama
csv-consultations = konsultasi
csv-sessions-spoken-at = sesi tempat berbicara
csv-honorific = sapaan
csv-current-roles = jabatan saat ini
csv-spoke-at = berbicara di
csv-consultation-date = tanggal konsultasi
csv-commitments = komitmen
csv-dash-member-state = Negara Anggota
csv-dash-code = Kode
csv-dash-membership = Keanggotaan
csv-dash-consultations-held = Konsultasi yang telah diselenggarakan
csv-dash-consultations-planned = Konsultasi yang direncanakan
csv-dash-postponed-or-cancelled = Ditunda atau dibatalkan
csv-dash-last-held = Terakhir diselenggarakan
csv-dash-participants-women = Peserta (perempuan)
csv-dash-participants-men = Peserta (laki-laki)
csv-dash-participants-other-or-not-stated = Peserta (lainnya atau tidak disebutkan)
csv-dash-recommendations-implemented = Rekomendasi yang telah dilaksanakan
csv-dash-recommendations = Rekomendasi
csv-dash-overdue-follow-ups = Tindak lanjut yang melewati tenggat
csv-dash-government-self-assessment-average = Rata-rata penilaian mandiri pemerintah
csv-dash-government-self-assessment-cycle = Siklus penilaian mandiri pemerintah
csv-dash-civil-society-assessment-average = Rata-rata penilaian masyarakat sipil
csv-dash-civil-society-assessment-cycle = Siklus penilaian masyarakat sipil
csv-dash-participants-of = Peserta: { $group }
csv-dash-findings-of = Temuan: { $kind }
sheet-consultations = Konsultasi
sheet-audit-log = Log audit
sheet-consultation = Konsultasi
sheet-agenda = Agenda
sheet-participation = Keikutsertaan
sheet-published-notes = Catatan yang diterbitkan
sheet-findings = Temuan
sheet-recommendations = Rekomendasi
sheet-follow-up = Tindak lanjut
sheet-my-notes = Catatan saya
sheet-ratings = Penilaian
sheet-comparison = Perbandingan
sheet-organisations = Organisasi
sheet-history = Riwayat
sheet-member-states = Negara Anggota
sheet-people = Orang
readme-exported = Diekspor pada { $date } dari Musyawarah.
readme-visibility = Visibilitas: dibuat untuk pembaca yang boleh melihat { $scope } (tingkat: { $levels }). Catatan pada tingkat lain tidak ada dalam berkas-berkas ini; berdasarkan aturan Chatham House, tidak ada penulis atau pembicara yang disebut namanya.
readme-files = Berkas:
readme-consultation = konsultasi: judul, tanggal, tempat, keterangan penyelenggara, tujuan
readme-agenda = agenda: satu baris untuk setiap sesi, beserta pembicara dan temanya
readme-participation = keikutsertaan: satu baris untuk setiap organisasi, beserta jumlah peserta menurut jenis kelamin
readme-notes = catatan yang diterbitkan: satu baris untuk setiap pernyataan, dengan nama penulis sebagaimana dilihat pembaca
readme-findings = temuan: setiap temuan konsultasi
readme-recommendations = rekomendasi: beserta status, tenggat, dan perkembangan terakhirnya
readme-follow-up = tindak lanjut: setiap laporan perkembangan atas rekomendasi
readme-json = semua isi di atas sebagai satu dokumen JSON
readme-this-file = berkas ini
readme-csv = Berkas CSV menggunakan UTF-8 dengan byte-order mark; sel yang diawali =, +, - atau @ diberi tanda apostrof di depannya, agar lembar kerja menampilkannya sebagai teks.

## Filter daftar konsultasi, dalam kata-kata
list-stage = { $stage ->
        [held] yang telah diselenggarakan
        [planned] yang direncanakan
        [postponed] yang ditunda
        [cancelled] yang dibatalkan
       *[other] { $stage }
    }
list-covering = yang mencakup { $state }
list-in-series = dalam seri { $series }
list-from = dari { $date }
list-until = sampai { $date }

## Halaman galat
error-code = Galat { $code }
error-not-found-title = Halaman tidak ditemukan
error-not-found = Tidak ada apa pun di alamat ini. Mungkin halamannya sudah dipindahkan, atau tautannya salah ketik.
error-bad-request-title = Permintaan ini tidak dapat dipahami
error-unprocessable-title = Ini tidak dapat disimpan
error-request-timeout-title = Permintaan tidak diterima secara utuh
error-request-timeout = Peramban Anda berhenti mengirim sebelum permintaan selesai, sehingga tidak ada yang disimpan. Periksa koneksi Anda, lalu kirim formulir sekali lagi.
error-unavailable-title = Untuk sementara tidak tersedia
error-unavailable = Layanan ini tidak dapat menghubungi basis datanya saat ini. Tidak ada yang hilang dari apa yang telah Anda simpan; silakan coba lagi dalam satu menit.
error-internal-title = Terjadi kesalahan
error-internal = Sebuah galat yang tidak terduga menghentikan halaman ini. Galat ini sudah dicatat; silakan coba lagi, dan beri tahu tim HRWG jika terus terjadi.
error-method-title = Tidak diizinkan di sini
error-method = Alamat ini tidak menerima jenis permintaan tersebut.
error-cross-site-title = Formulir ini berasal dari situs lain
error-cross-site = Demi keamanan Anda, perubahan hanya dapat dilakukan dari halaman Musyawarah sendiri. Kembali ke halaman tersebut, muat ulang, lalu coba lagi.
error-too-many-title = Terlalu banyak percobaan
error-too-many = Terlalu banyak percobaan masuk yang gagal. Untuk melindungi akun ini, proses masuk dihentikan sementara; coba lagi dalam { $minutes } menit.
error-refers-to-nothing = Isian ini merujuk ke catatan yang tidak ada (mungkin sudah dihapus). Kembali, muat ulang formulir, lalu pilih lagi.
error-too-long = Ada nilai yang terlalu panjang untuk disimpan. Persingkat, lalu kirim lagi.
error-out-of-range = Ada angka atau tanggal di luar rentang yang dapat disimpan (tanggal antara tahun 1900 dan 2100). Perbaiki, lalu kirim lagi.
error-wrong-kind = Ada nilai yang jenisnya tidak sesuai untuk isian ini. Perbaiki, lalu kirim lagi.
error-signed-in-as = Anda masuk sebagai { $name } ({ $role }).
error-your-account = Akun Anda
error-not-signed-in = Anda belum masuk.
error-sign-in-for-more = untuk melihat materi bagi anggota.
error-home = Ke halaman beranda
back-consultation = Kembali ke konsultasi
back-consultations = Kembali ke semua konsultasi
back-organisation = Kembali ke organisasi
back-organisations = Kembali ke daftar organisasi
back-finding = Kembali ke temuan
back-findings = Kembali ke pelacak temuan
back-commitments = Kembali ke daftar komitmen
back-note = Kembali ke catatan
back-my-notes = Kembali ke catatan saya
back-assessments = Kembali ke penilaian mandiri
back-person = Kembali ke data orang
back-people = Kembali ke daftar orang
back-users = Kembali ke daftar pengguna
back-account = Kembali ke akun Anda
back-help = Kembali ke bantuan

## Nilai-nilai pilihan (label enum; bahasa Inggrisnya ada di kode)
Role-admin = Administrator
Role-staff = Staf HRWG
Role-partner = Mitra masyarakat sipil
Role-official = Pejabat
AssessorKind-government = Pemerintah
AssessorKind-civil_society = Masyarakat sipil
AssessmentStatus-draft = Draf
AssessmentStatus-submitted = Diajukan
RoundStatus-draft = Draf
RoundStatus-open = Dibuka
RoundStatus-closed = Ditutup
Answer-rated = Dinilai
Answer-not_applicable = Tidak berlaku
Answer-no_information = Tidak ada informasi
ConsultationStatus-planned = Direncanakan
ConsultationStatus-scheduled = Dijadwalkan
ConsultationStatus-held = Telah dilaksanakan
ConsultationStatus-report_published = Laporan diterbitkan
ConsultationStatus-postponed = Ditunda
ConsultationStatus-cancelled = Dibatalkan
ParticipationRole-organiser = penyelenggara
ParticipationRole-co_organiser = penyelenggara bersama
ParticipationRole-speaker = narasumber
ParticipationRole-participant = peserta
ParticipationRole-observer = peninjau
ParticipationRole-funder = penyandang dana
FindingKind-challenge = Tantangan
FindingKind-opportunity = Peluang
FindingKind-good_practice = Praktik baik
FindingKind-recommendation = Rekomendasi
RecommendationStatus-open = Terbuka
RecommendationStatus-accepted = Diterima
RecommendationStatus-in_progress = Sedang berjalan
RecommendationStatus-implemented = Telah dilaksanakan
RecommendationStatus-not_accepted = Tidak diterima
Visibility-public = Publik
Visibility-members = Anggota
Visibility-staff = Khusus staf
Sort-newest = Terbaru dahulu
Sort-oldest = Terlama dahulu
Sort-due = Tenggat terdekat dahulu
DutyBearer-all = Semua Negara Anggota
DutyBearer-sending = Negara Pengirim
DutyBearer-receiving = Negara Penerima
DutyBearer-both = Negara Pengirim dan Penerima
NoteStatus-draft = Draf
NoteStatus-submitted = Diajukan untuk ditinjau
NoteStatus-returned = Dikembalikan kepada penulis
NoteStatus-published = Diterbitkan
NoteStatus-withdrawn = Ditarik
Section-challenge = Tantangan yang diangkat
Section-opportunity = Peluang
Section-good_practice = Praktik baik
Section-recommendation = Rekomendasi yang disampaikan
Attribution-name_and_organisation = Nama dan organisasi saya
Attribution-organisation = Hanya organisasi saya
Attribution-none = Tanpa atribusi (“seorang mitra masyarakat sipil”)
OrganisationKind-government = Pemerintah
OrganisationKind-asean_body = Badan ASEAN
OrganisationKind-civil_society = Masyarakat sipil
OrganisationKind-trade_union = Serikat pekerja
OrganisationKind-migrant_association = Asosiasi pekerja migran
OrganisationKind-employer = Pemberi kerja atau agen perekrutan
OrganisationKind-research = Lembaga penelitian
OrganisationKind-international_organisation = Organisasi internasional
OrganisationKind-donor = Donor
OrganisationKind-media = Media
OrganisationKind-other = Lainnya
Sex-female = Perempuan
Sex-male = Laki-laki
Sex-other = Lainnya
Sex-not_stated = Tidak disebutkan
RecordKind-consultation = Konsultasi
RecordKind-organisation = Organisasi
RecordKind-person = Orang
RecordKind-commitment = Komitmen
RecordKind-session = Sesi
RecordKind-finding = Temuan
RecordKind-note = Catatan yang diterbitkan
SessionKind-opening_remarks = Sambutan pembukaan
SessionKind-presentation = Presentasi
SessionKind-panel = Diskusi panel
SessionKind-plenary = Diskusi pleno
SessionKind-breakout_group = Diskusi kelompok
SessionKind-closing = Penutupan
SessionKind-other = Lainnya

## Pesan setelah menyimpan
Message-draft-saved = Draf disimpan
Message-note-submitted = Catatan diajukan untuk ditinjau
Message-note-returned = Catatan dikembalikan kepada penulisnya beserta komentar Anda
Message-note-published = Catatan diterbitkan
Message-note-withdrawn = Catatan ditarik: catatan ini tidak akan diterbitkan. Anda dapat memulihkannya sebagai draf di bawah ini
Message-note-restored = Catatan dipulihkan sebagai draf
Message-note-corrected = Koreksi disimpan: catatan yang diterbitkan kini berbunyi seperti di bawah ini
Message-notes-returned = dikembalikan kepada Anda
Message-signed-in = Anda telah masuk
Message-signed-out = Anda telah keluar
Message-password-changed = Kata sandi Anda telah diubah
Message-user-saved = Akun disimpan
Message-user-disabled = Akun dinonaktifkan: semua sesi masuknya telah berakhir
Message-user-enabled = Akun diaktifkan
Message-consultation-added = Konsultasi ditambahkan
Message-consultation-saved = Konsultasi disimpan
Message-session-added = Sesi ditambahkan ke agenda
Message-session-saved = Sesi disimpan
Message-session-moved = Sesi dipindahkan
Message-session-removed = Sesi dihapus dari agenda
Message-session-restored = Sesi dikembalikan ke agenda
Message-organisation-added = Organisasi ditambahkan
Message-organisation-saved = Organisasi disimpan
Message-organisations-merged = Organisasi digabungkan ke dalam organisasi ini
Message-participation-added = Keikutsertaan dicatat
Message-participation-saved = Keikutsertaan disimpan
Message-participation-removed = Catatan keikutsertaan dihapus
Message-person-added = Orang ditambahkan
Message-person-saved = Data orang disimpan
Message-position-added = Jabatan ditambahkan
Message-series-added = Rangkaian kegiatan ditambahkan
Message-series-saved = Rangkaian kegiatan disimpan
Message-finding-added = Temuan ditambahkan
Message-finding-saved = Temuan disimpan
Message-progress-added = Laporan perkembangan ditambahkan
Message-commitment-saved = Komitmen disimpan
Message-round-opened = Putaran penilaian mandiri dibuka
Message-round-saved = Putaran disimpan
Message-answers-saved = Jawaban disimpan
Message-assessment-submitted = Penilaian diajukan
Message-assessment-corrected = Koreksi disimpan
Message-participant-list-checked = Daftar peserta diperiksa
Message-import-started = Impor dimulai: halaman ini akan menunjukkan kapan semua baris sudah ditulis

## The language a record is written in, and its translations
written-in-label = Ditulis dalam bahasa
written-in-hint = Bahasa teks yang Anda tulis di sini, agar halaman dan pembaca layar memperlakukannya dengan benar.
translations-title = Terjemahan
translation-written-in = Ditulis dalam bahasa { $language }.
translation-add = Terjemahkan ke dalam:
translation-shown = { $status } dari bahasa { $original }.
translation-stale = Teks aslinya telah berubah sejak diterjemahkan.
translation-stale-short = teks aslinya telah berubah sejak itu
translation-show-original = Tampilkan teks asli
translation-read-in = Baca dalam bahasa { $language } ({ $status })
translation-of-finding = { $kind }: ‘{ $statement }’
translation-of-note = Catatan tentang ‘{ $session }’
translation-part-statement = Pernyataan
translation-part-summary = Ringkasan
translation-part-numbered = Pernyataan { $n }
translation-form-title = Terjemahan ke dalam bahasa { $language }
translation-form-hint = Tuliskan teks dalam bahasa { $language } sesuai isinya dalam bahasa { $original }. Pembaca yang antarmukanya berbahasa { $language } akan membaca terjemahan Anda, ditandai sebagai terjemahan, dengan tautan ke teks aslinya.
translation-original = Teks asli:
translation-into = Dalam bahasa { $language }
translation-made-how = Cara terjemahan dibuat
translation-save = Simpan terjemahan
translation-conflict-title = Orang lain menyimpan terjemahan ini saat Anda sedang menulisnya
translation-conflict = Tulisan Anda masih ada di formulir dan belum disimpan. Simpan lagi untuk menggantikan versi mereka.
translation-review-title = Peninjauan
translation-stored-status = Statusnya saat ini: { $status }.
translation-mark-reviewed = Tandai sudah ditinjau
translation-review-by-another = Terjemahan ditinjau oleh orang lain, bukan oleh penulisnya.
translation-choose-status = Sebutkan cara terjemahan dibuat.
translation-empty = Tuliskan terjemahannya.
translation-too-long = Terjemahan paling banyak { $max } karakter.
choose-language = Pilih bahasa dari daftar.
translation-statement-optional = Biarkan pernyataan kosong untuk menampilkannya dalam bahasa aslinya.
TextLanguage-en = Inggris
TextLanguage-id = Indonesia
TextLanguage-vi = Vietnam
TextLanguage-th = Thai
TextLanguage-km = Khmer
TextLanguage-my = Myanmar
TextLanguage-lo = Laos
TextLanguage-ms = Melayu
TextLanguage-fil = Filipino
TextLanguage-tet = Tetun
TextLanguage-zh = Tionghoa
TranslationStatus-machine = Terjemahan mesin
TranslationStatus-human = Diterjemahkan oleh manusia
TranslationStatus-reviewed = Terjemahan yang sudah ditinjau
Message-translation-saved = Terjemahan disimpan
Message-translation-reviewed = Terjemahan ditandai sudah ditinjau

## Tanggal
month-1 = Januari
month-2 = Februari
month-3 = Maret
month-4 = April
month-5 = Mei
month-6 = Juni
month-7 = Juli
month-8 = Agustus
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Desember
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }
period-days = { $from }–{ $to }
period = { $from } – { $to }
date-not-set = tanggal belum ditentukan

## Pesan setelah menyimpan
notice-at = { $done } pukul { $time }
notice-notes-returned = { $count } catatan dikembalikan kepada Anda
notice-list-checked = Daftar peserta diperiksa: { $count } baris siap diimpor

## Shared parts of pages
col-number = No.
col-consultation = Konsultasi
col-when = Waktu
col-where = Tempat
col-status = Status
col-participants-reported = Peserta yang dilaporkan
errors-to-fix = Ada { $count } hal yang perlu diperbaiki
pager = Halaman
pager-previous = Halaman sebelumnya
pager-next = Halaman berikutnya

## Sign-in
sign-in-resume = Sesi masuk Anda berakhir sebelum yang Anda kirim tersimpan. Tidak ada yang hilang: masuk lagi, lalu Anda dapat mengirimnya kembali.
field-email = Alamat email
field-password = Kata sandi
sign-in-help = Akun dibuat melalui undangan dari tim HRWG. Jika Anda lupa kata sandi, mintalah tautan undangan baru kepada mereka.

## Home page
home-title = Konsultasi tentang hak-hak pekerja migran di ASEAN
new-consultation = Konsultasi baru
new-series = Rangkaian kegiatan baru
home-lead = Bagaimana Negara-Negara Anggota ASEAN melaksanakan Konsensus ASEAN 2017 tentang Pelindungan dan Pemajuan Hak-Hak Pekerja Migran, sebagaimana dibahas dalam konsultasi nasional antara pemerintah, badan-badan ASEAN, dan masyarakat sipil.
organised-by = Penyelenggara:
funded-by = didanai oleh
held-planned = { $held } telah dilaksanakan, { $planned } direncanakan.
series-consultations-caption = Konsultasi dalam rangkaian ini
series-all-consultations = Semua { $count } konsultasi dalam rangkaian ini
with-filters = , dengan penyaring.
no-consultations-yet = Belum ada konsultasi yang diterbitkan.
member-states = Negara Anggota
states-caption = Kesebelas Negara Anggota ASEAN dan konsultasinya
col-member-state = Negara Anggota
col-member-since = Anggota ASEAN sejak
col-consultations-held = Konsultasi yang telah dilaksanakan
col-planned = Direncanakan
col-last-held = Terakhir dilaksanakan

## A consultation's page
breadcrumb = Jejak navigasi
edit-consultation = Ubah konsultasi
add-session = Tambah sesi
import-participants = Impor daftar peserta
chatham-house-note = Diselenggarakan dengan aturan Chatham House: apa yang dikatakan boleh dilaporkan, tetapi tidak siapa yang mengatakannya.
in-series = Dalam rangkaian
consultation-number = Konsultasi ke-{ $n }
venue = Tempat penyelenggaraan
states-covered = Negara Anggota yang dicakup
regional = Regional
not-stated = tidak disebutkan
languages = Bahasa
participants = Peserta
objectives = Tujuan
summary = Ringkasan
agenda = Agenda
no-agenda = Belum ada agenda yang diterbitkan untuk konsultasi ini.
themes-label = Tema:
read-note = Baca catatan
on-session = tentang { $title }
write-note = Tulis catatan
edit = Ubah
move-up = Naikkan
move-down = Turunkan
remove-from-agenda = Hapus dari agenda
organisations-taking-part = Organisasi yang ikut serta
no-participants = Belum ada organisasi peserta yang dicatat.
demo = Demo
demo-head-counts = Jumlah peserta menurut jenis kelamin adalah angka demo, bukan dari laporan.
demo-head-counts-reported = Jumlah peserta menurut jenis kelamin adalah angka demo, bukan dari laporan, yang menyebutkan { $reported }.
organisations-roles-caption = Organisasi dan perannya
col-organisation = Organisasi
col-kind = Jenis
col-based-in = Berkedudukan di
col-role = Peran
col-people-counted = Jumlah orang
stakeholder-mix = Komposisi pemangku kepentingan
mix-caption = Organisasi menurut jenis pemangku kepentingan
mix-caption-people = Organisasi dan orang menurut jenis pemangku kepentingan
col-women = Perempuan
col-men = Laki-laki
col-other-sex = Lainnya atau tidak disebutkan
participants-by-sex = Peserta menurut jenis kelamin
no-head-counts = Jumlah peserta menurut jenis kelamin belum dicatat.
no-head-counts-reported = Jumlah peserta menurut jenis kelamin belum dicatat; laporan menyebutkan { $reported }.
head-counts = Jumlah peserta menurut jenis kelamin
head-counts-demo = Jumlah peserta menurut jenis kelamin (angka demo)
col-total = Jumlah
participation-records = Catatan keikutsertaan
add-organisation = Tambah organisasi
records-caption = Catatan per organisasi (staf)
people-who-took-part = Orang yang ikut serta
personal-data-notice = Data pribadi: hanya dapat dilihat oleh staf HRWG.
people-count = { $count } orang
col-name = Nama
col-sex = Jenis kelamin
findings-of-consultation = Temuan dari konsultasi ini
source = Sumber: { $source }
col-female = Perempuan
col-male = Laki-laki

## Siapa yang dapat melihat sebuah catatan (diberitahukan kepada staf di halamannya)
audience-public = semua orang (publik)
audience-members = anggota yang sudah masuk
audience-staff = khusus staf
visible-to = Dapat dilihat oleh: { $audience }
visible-to-set-on = Dapat dilihat oleh: { $audience } ({ $parent })
set-on-session = ditetapkan pada sesi
set-on-consultation = ditetapkan pada konsultasi
set-on-series = ditetapkan pada rangkaian kegiatan
participants-reported = { $count } peserta (sesuai laporan)
participants-reported-note = { $note } peserta (sesuai laporan)

## The note form
note-edit-title = Ubah catatan: { $session }
note-new-title = Catatan baru: { $session }
note-correct-heading = Koreksi catatan yang diterbitkan
note-edit-heading = Ubah catatan Anda
note-on-session = Tentang sesi: { $session }
note-chatham-house = Konsultasi ini diselenggarakan dengan aturan Chatham House: setelah diterbitkan, catatan tidak akan menyebutkan siapa penulisnya, dan pernyataan yang Anda tandai tanpa atribusi hanya akan menunjukkan sektor pembicaranya.
reviewer-asked = Yang diminta peninjau untuk Anda ubah
reviewer-asked-hint = Ubah catatan di bawah ini, lalu ajukan kembali.
note-conflict = Catatan ini telah disimpan di tempat lain sejak Anda membukanya
note-conflict-hint = Teks Anda masih ada di bawah dan belum disimpan. Simpan lagi untuk mempertahankan versi Anda.
statement-n = Pernyataan { $n }
not-attributed-check = Tanpa atribusi (Chatham House)
speaker-sector = Sektor pembicara
not-given = Tidak disebutkan
propose-visibility = Siapa yang boleh membacanya (Anda mengusulkan; HRWG memutuskan)
attribution-legend = Bagaimana catatan yang diterbitkan menyebut Anda
attribution-hint = Pilihan Anda. HRWG dapat menerbitkannya dengan atribusi yang lebih sedikit, tidak pernah lebih banyak.
attribution-hint-chatham = Berdasarkan aturan Chatham House, catatan yang diterbitkan dari konsultasi ini tidak menyebut nama siapa pun, apa pun pilihan Anda.
correction-reason = Alasan koreksi
correction-reason-hint = Ditampilkan dalam riwayat catatan
save-correction = Simpan koreksi
save-draft-hint = Menyimpan akan menyimpan draf yang hanya dapat Anda lihat; kotak pernyataan tambahan muncul setiap kali Anda menyimpan.
save-draft = Simpan draf
save-and-submit = Simpan dan ajukan untuk ditinjau
submit-hint = Sebelum dikirim kepada peninjau, Anda akan melihat lagi bagaimana catatan ini menyebut Anda dan siapa yang boleh membacanya.

## Hints beside fields (also on the help page)
hint-public = Publik
hint-public-text = siapa saja, tanpa perlu masuk.
hint-members = Anggota
hint-members-text = siapa saja yang sudah masuk (mitra, pejabat, staf HRWG).
hint-staff = Khusus staf
hint-staff-text = staf HRWG dan administrator.
hint-never-wider = Sebuah catatan tidak pernah ditampilkan lebih luas daripada induknya: catatan publik di bawah sesi khusus staf menjadi khusus staf.
hint-levels = Tingkat penilaian, untuk setiap ketentuan:
level-0 = 0 Belum dimulai
level-0-text = belum ada yang dilakukan.
level-1 = 1 Awal
level-1-text = langkah pertama (kajian, rencana, rancangan), belum ada yang berlaku.
level-2 = 2 Sebagian
level-2-text = berlaku bagi sebagian pekerja atau sebagian ketentuan.
level-3 = 3 Sebagian besar
level-3-text = berlaku dan diterapkan bagi sebagian besar pekerja migran, dengan kesenjangan.
level-4 = 4 Penuh
level-4-text = berlaku, diterapkan, dan dipantau bagi semua pekerja migran.
hint-left-out = "Tidak berlaku" dan "Tidak ada informasi" tidak dihitung dalam rata-rata.
hint-not-attributed = Tanpa atribusi
hint-not-attributed-text = catatan yang diterbitkan memuat pernyataan tanpa pembicaranya, hanya menyebut "tanpa atribusi" dan sektor pembicara jika Anda memilihnya (misalnya "seorang pembicara dari pemerintah"). Gunakan untuk hal yang disampaikan berdasarkan aturan Chatham House, atau bila menyebut nama seseorang dapat membahayakannya. Draf Anda dan para peninjau HRWG tetap melihat apa yang Anda tulis.

## Bagaimana catatan menyebut penulis dan pembicaranya
not-attributed = Tanpa atribusi
not-attributed-from = Tanpa atribusi: seorang pembicara dari { $sector }
speaker-sector-is = Sektor pembicara: { $sector }
note-by = Catatan oleh { $who }
note-by-partner = Catatan oleh seorang mitra masyarakat sipil
written-by = Ditulis oleh { $who }. Pilihan penulis: { $chosen }.
written-by-published-with = Ditulis oleh { $who }. Pilihan penulis: { $chosen }; diterbitkan dengan: { $published }.
attribution-name-explained = Pembaca melihat nama Anda dan nama organisasi Anda.
attribution-organisation-explained = Pembaca melihat nama organisasi Anda, bukan nama Anda.
attribution-none-explained = Pembaca hanya melihat “seorang mitra masyarakat sipil”: bukan nama Anda, bukan pula organisasi Anda.

## A note's page
note-title = Catatan: { $session }
note-heading = Catatan tentang: { $session }
readers-see-no-name = Berdasarkan aturan Chatham House, pembaca tidak melihat nama siapa pun.
reviewer-comment = Komentar peninjau:
finding-from-statement = Buat temuan dari pernyataan ini
what-became-of-it = Tindak lanjutnya
note-history = Riwayat catatan ini
submit-for-review = Ajukan untuk ditinjau
withdraw = Tarik
restore-draft = Pulihkan sebagai draf
correct = Koreksi
review = Tinjauan
comment-for-author = Komentar untuk penulis
return-to-author = Kembalikan kepada penulis
publish-for = Terbitkan untuk
attribution-for-staff = Atribusi (pilihan penulis: { $chosen }; Anda boleh memilih lebih sedikit, tidak lebih banyak)
publish = Terbitkan

## Checking a note before submitting it
confirm-note-title = Periksa dan ajukan catatan Anda: { $session }
the-note = Catatan
check-before-submit = Periksa sebelum mengajukan
confirm-note-lead = Catatan Anda tentang “{ $session }” sudah disimpan sebagai draf. Periksa bagaimana catatan ini akan menyebut Anda dan siapa yang Anda usulkan boleh membacanya; lalu ajukan kepada peninjau HRWG.
confirm-chatham-house = Konsultasi ini diselenggarakan dengan aturan Chatham House, sehingga catatan yang diterbitkan tidak akan menyebut Anda atau organisasi Anda, apa pun pilihan Anda.
readers-will-see = Pembaca akan melihat:
who-you-propose = Siapa yang Anda usulkan boleh membacanya
hrwg-decides = HRWG memutuskan saat menerbitkan, dan dapat menerbitkan dengan atribusi yang lebih sedikit daripada pilihan Anda, tidak pernah lebih banyak.
change-note = Ubah catatan

## My notes and the review queue
review-empty = Tidak ada catatan yang menunggu tinjauan.
review-empty-hint = Ketika seorang mitra mengajukan catatan tentang sebuah sesi, catatan itu muncul di sini, dan angka di samping "Antrean tinjauan" pada navigasi menunjukkan berapa banyak yang menunggu.
my-notes-empty = Anda belum menulis catatan.
my-notes-first = Untuk menulis catatan pertama Anda:
my-notes-step-1-before = Buka konsultasi yang diikuti organisasi Anda, dari
my-notes-step-1-link = daftar konsultasi
my-notes-step-2 = Pada agendanya, pilih sesi yang Anda hadiri dan tekan "Tulis catatan".
my-notes-step-3 = Simpan draf sesering yang Anda mau (hanya Anda yang dapat melihatnya), lalu ajukan untuk ditinjau oleh HRWG.
my-notes-no-session = Jika tidak ada sesi yang menawarkan "Tulis catatan", organisasi Anda belum tercatat sebagai peserta konsultasi tersebut: mintalah staf HRWG untuk menambahkannya.
col-session = Sesi
col-author = Penulis
col-dates = Tanggal
col-reviewer-comment = Komentar peninjau
outcomes-heading = Tindak lanjut catatan Anda
outcomes-none = Belum ada catatan Anda yang diterbitkan. Setelah HRWG menerbitkannya, temuan yang diambil dari catatan itu beserta tindak lanjutnya akan tercantum di sini.
outcomes-no-finding = Belum ada temuan yang diambil dari catatan ini.
status-is = Status: { $status }
no-progress-yet = Belum ada perkembangan yang dilaporkan.
latest-update = Perkembangan terakhir, { $update }
notes-count = { $count } catatan
date-written = Ditulis
date-submitted = Diajukan
date-returned = Dikembalikan
date-published = Diterbitkan
my-notes-intro = Catatan yang telah Anda tulis, yang terakhir diubah lebih dahulu: posisinya masing-masing, apa kata peninjau, dan tindak lanjut catatan yang sudah diterbitkan.
review-heading = Catatan untuk ditinjau
review-intro = Catatan yang diajukan, yang terakhir diubah lebih dahulu. Kembalikan catatan dengan komentar, atau terbitkan dengan tingkat visibilitas yang Anda tentukan.
error-pdf-unavailable-title = Laporan PDF tidak tersedia
error-pdf-unavailable = Laporan PDF memerlukan huruf { $family }, yang belum terpasang di server ini. Administratornya dapat memasangnya dengan paket Debian { $package } (apt-get install { $package }). Sementara itu, halaman laporan (alamat yang sama tanpa .pdf) dapat dicetak dari peramban.

## The regional dashboard
dashboard-title = Dasbor kemajuan regional
dashboard-lead = Posisi setiap Negara Anggota ASEAN dalam pelaksanaan Konsensus tentang hak-hak pekerja migran, per { $today }. Setiap angka tertaut ke catatan yang mendasarinya.
scope-public = Anda hanya melihat data publik.
scope-members = Anda melihat data publik dan data untuk anggota.
scope-all = Anda melihat semua data, termasuk catatan khusus staf.
members-see-more = Anggota yang sudah masuk dapat melihat lebih banyak.
dashboard-demo = Angka-angka ini mencakup catatan demo ({ $kinds }): contoh yang dimuat bersama data demo, bukan angka sebenarnya.
overview-heading = Posisi setiap Negara Anggota
overview-caption = Satu baris untuk setiap Negara Anggota: konsultasi yang telah dilaksanakan, tindak lanjut rekomendasi yang ditujukan kepadanya, dan penilaian mandiri terakhirnya; rinciannya ada di halaman yang ditautkan di bawah
col-standing = Posisi
col-recommendations = Rekomendasi
col-latest-assessment = Penilaian mandiri terakhir (0 sampai 4)
yours = Negara Anda
n-held = { $n } dilaksanakan
n-planned = { $n } direncanakan
last-held = terakhir
none-yet = Belum ada
n-open = { $n } terbuka
n-in-progress = { $n } sedang berjalan
n-implemented = { $n } telah dilaksanakan
of-total = dari
n-overdue = { $n } melewati tenggat
latest-assessment = Penilaian mandiri terakhir
not-a-member = Bukan anggota
side-government = Pemerintah
none-yet-lower = belum ada
side-civil-society = masyarakat sipil
overview-note = "Sedang dilaksanakan": sebagian rekomendasi sedang berjalan atau telah dilaksanakan dan tidak ada yang melewati tenggat. "Tindak lanjut terlambat": ada rekomendasi yang melewati tenggatnya dan belum dilaksanakan. Jumlah terbuka, sedang berjalan, dan telah dilaksanakan tidak sama dengan jumlah seluruhnya bila ada yang diterima tetapi belum dimulai, atau tidak diterima.
filter-dashboard = Saring dasbor
series = Rangkaian kegiatan
all-series = Semua rangkaian kegiatan
from = Dari
to = Sampai
theme-narrows = Tema (mempersempit temuan)
all-themes = Semua tema
show = Tampilkan
clear = Hapus penyaring
details = Rincian
consultations-participation = Konsultasi dan keikutsertaan
states-table-caption = Konsultasi yang mencakup setiap Negara Anggota, dan siapa yang ikut serta (jumlah orang, menurut jenis kelamin dan kelompok pemangku kepentingan)
col-membership = Keanggotaan
col-held = Dilaksanakan
new-member = Anggota baru
findings-follow-up = Temuan dan tindak lanjut
findings-chart-caption = Temuan menurut jenisnya; tabel memuat angka yang sama.
findings-table-caption = Temuan tentang setiap Negara Anggota menurut jenisnya, dan tindak lanjut rekomendasinya
col-implemented = Telah dilaksanakan
col-overdue = Tindak lanjut terlambat
assessments-table-caption = Nilai rata-rata (0 sampai 4) dari penilaian mandiri terakhir yang diajukan oleh setiap pihak; "tidak berlaku" dan "tidak ada informasi" tidak dihitung dalam rata-rata
col-civil-society = Masyarakat sipil
no-assessment-yet = Belum ada penilaian
timeline-heading = Linimasa konsultasi
timeline-chart-caption = Konsultasi per tahun: direncanakan dibandingkan dengan yang dilaksanakan, ditunda, dan dibatalkan.
timeline-table-caption = Konsultasi menurut tahun dan tahapan
table-link = Tabelnya: { $caption }
col-year = Tahun
theme-heat-heading = Temuan menurut tema
theme-heat-caption = Makin gelap, makin banyak temuan. Kolom T1 sampai T{ $n } adalah tema pada tabel di bawah.
theme-table-caption = Temuan menurut Negara Anggota dan tema
chapter-heat-heading = Temuan dan penilaian menurut bab Konsensus
chapter-heat-caption = Temuan pada setiap bab; makin gelap, makin banyak.
government-heat-caption = Penilaian mandiri pemerintah menurut bab; makin gelap, makin tinggi nilainya.
civil-society-heat-caption = Penilaian masyarakat sipil menurut bab; makin gelap, makin tinggi nilainya.
chapter-table-caption = Temuan, dan nilai rata-rata setiap pihak, menurut Negara Anggota dan bab (temuan / pemerintah / masyarakat sipil)

## Downloads of the dashboard
download-csv = Unduh CSV
download-xlsx = Unduh Excel (.xlsx)
of-state-table = dari tabel Negara Anggota
the-state-table = tabel Negara Anggota

## Posisi Negara Anggota (ikhtisar dasbor)
progress-not-member = Belum menjadi anggota
progress-planned = Konsultasi direncanakan
progress-not-consulted = Belum dikonsultasikan
progress-no-recommendations = Sudah dikonsultasikan; belum ada rekomendasi
progress-overdue = Tindak lanjut terlambat
progress-all-implemented = Semua rekomendasi telah dilaksanakan
progress-implementing = Sedang dilaksanakan
progress-open = Rekomendasi masih terbuka
progress-held = { $count } konsultasi telah dilaksanakan
progress-implemented = { $implemented } dari { $all } rekomendasi telah dilaksanakan
progress-implemented-overdue = { $implemented } dari { $all } rekomendasi telah dilaksanakan, { $overdue } melewati tenggat
member-since = Anggota sejak { $date }
observer-since = Peninjau sejak { $date }; belum menjadi anggota
not-dated-yet = Belum bertanggal

## A Member State's page
brief-to-print = Ringkasan negara untuk dicetak
brief-pdf = Ringkasan (PDF)
state-note = Catatan
state-no-consultations = Belum ada konsultasi yang mencakup { $state } yang diterbitkan.
state-consultations-caption = Konsultasi yang mencakup Negara Anggota ini
state-all-consultations = Semua konsultasi yang mencakup { $state }
of-state-consultations = dari konsultasi yang mencakup { $state }
state-consultations-hint = semua konsultasi yang mencakup { $state }
of-state-findings = dari temuan tentang { $state }
state-findings-hint = temuan dan rekomendasi tentang { $state }, beserta perkembangan terakhirnya
state-organisations = Organisasi yang berkedudukan di { $state }
state-no-organisations = Belum ada organisasi yang tercatat untuk { $state }.
state-all-organisations = Semua organisasi yang berkedudukan di { $state }

## Search
search-words = Kata yang dicari
search-kind = Jenis catatan
search-any = Semua
search-no-results = Tidak ada hasil
search-results = Hasil { $first } sampai { $last } dari { $total }
search-results-more = Hasil { $first } sampai { $last } dari lebih dari { $total }
search-in = dalam konsultasi, organisasi, komitmen, sesi, temuan, dan catatan yang diterbitkan, yang paling cocok lebih dahulu (tanda diakritik, huruf besar-kecil, dan spasi dalam nama tidak berpengaruh).
search-in-with-people = dalam konsultasi, organisasi, orang, komitmen, sesi, temuan, dan catatan yang diterbitkan, yang paling cocok lebih dahulu (tanda diakritik, huruf besar-kecil, dan spasi dalam nama tidak berpengaruh).
search-narrow = Persempit pencarian
remove = hapus
search-capped = Jumlah dihitung dari { $cap } hasil terbaik untuk setiap jenis; tambahkan kata untuk mempersempit pencarian.
search-try = Tidak ditemukan: yang dapat dicoba
search-fewer-words = Lebih sedikit kata:
search-another-spelling = Ejaan lain:
search-spelling-hint = Ejaan lain, atau bagian kata yang lebih pendek (nama dapat ditemukan dari bagian mana pun).
search-remove-filter = Hapus satu penyaring: cari
search-other-filters = Daftar-daftar ini memiliki penyaringnya sendiri:
findings-tracker = pelacak temuan
search-pages = Halaman hasil
previous = Sebelumnya
next = Berikutnya

## The account page
acting-for = Bertindak untuk
two-factor = Masuk dua langkah
on = Aktif
off = Nonaktif
change-password = Ubah kata sandi Anda
turn-on-two-factor = Aktifkan masuk dua langkah
api-tokens = Token API
api-tokens-intro = Token memungkinkan sebuah program membaca API atas nama Anda: program itu melihat apa yang Anda lihat, tidak lebih. Token hanya dapat membaca. Setiap token hanya ditampilkan sekali, saat Anda membuatnya; cabut token yang tidak lagi Anda gunakan.
the-api = API
your-tokens = Token Anda
col-made = Dibuat
col-last-used = Terakhir digunakan
col-uses = Penggunaan
col-state = Keadaan
never = Belum pernah
revoked-on = Dicabut { $date }
revoke-token = Cabut { $name }
new-token-name = Nama token baru
new-token-hint = Apa yang akan menggunakannya, misalnya situs web mitra atau lembar kerja.
make-token = Buat token

## The help page
help-lead = Apa yang dapat Anda lakukan di Musyawarah, menurut peran, dan arti kata-kata pada formulirnya.
help-contents = Daftar isi
help-you = Anda
help-everyone = Membaca Musyawarah
help-everyone-1 = Siapa saja dapat membaca apa yang bersifat publik tanpa perlu masuk: rangkaian konsultasi, setiap konsultasi yang telah dilaksanakan beserta agenda dan organisasi yang ikut serta, halaman Negara Anggota, komitmen Konsensus ASEAN, temuan publik, dan dasbor regional.
help-everyone-2 = <strong>Konsultasi</strong> (halaman beranda): setiap rangkaian dan konsultasinya; buka salah satunya untuk melihat agenda, narasumber, dan pesertanya.
help-everyone-3 = <strong>Dasbor</strong>: posisi setiap Negara Anggota, lalu rinciannya; setiap angka tertaut ke catatan yang mendasarinya. Dasbor dapat dicetak pada kertas A4.
help-everyone-4 = <strong>Temuan</strong>: tantangan, peluang, praktik baik, dan rekomendasi, beserta tindak lanjut setiap rekomendasi.
help-everyone-5 = <strong>Cari</strong>: konsultasi, sesi, catatan yang diterbitkan, temuan, dan organisasi.
help-everyone-6 = Akun dibuat melalui undangan dari HRWG. Jika Anda memilikinya, masuklah untuk melihat materi bagi anggota.
help-partners = Untuk mitra masyarakat sipil
help-partners-1 = Tulis catatan tentang sesi yang dihadiri organisasi Anda: buka konsultasinya dan pilih "Tulis catatan" di bawah sesi tersebut. Draf disimpan selagi Anda mengetik; draf itu milik Anda sampai Anda mengajukannya.
help-partners-2 = Ajukan catatan bila sudah siap; HRWG meninjaunya, dapat mengembalikannya kepada Anda dengan komentar, dan menerbitkannya untuk pembaca yang dipilihnya (tidak pernah lebih luas daripada yang Anda usulkan).
help-partners-3 = Tandai pernyataan sebagai <strong>tanpa atribusi</strong> bila menyebut nama pembicara dapat membahayakannya (lihat <a href="#words">penjelasan kata-kata di bawah</a>).
help-partners-4 = <strong>Catatan saya</strong> memuat catatan Anda, posisinya masing-masing, dan tindak lanjut rekomendasi yang diambil darinya.
help-partners-5 = <strong>Penilaian mandiri</strong>: nilai sejauh mana Negara Anggota Anda melaksanakan setiap ketentuan, dari sisi masyarakat sipil.
help-officials = Untuk pejabat ACMW dan pemerintah
help-officials-1 = <strong>Dasbor</strong> menandai Negara Anggota Anda; tabel pertamanya menunjukkan posisi setiap negara, dan angka-angka di bawahnya tertaut ke temuan dan konsultasi yang mendasarinya.
help-officials-2 = <strong>Penilaian mandiri</strong>: isi penilaian mandiri pemerintah bab demi bab, lalu ajukan; perbandingannya menunjukkan ketentuan mana yang dinilai berbeda oleh pemerintah dan masyarakat sipil.
help-officials-3 = Temuan yang ditujukan kepada Negara Anggota Anda ada di pelacak <strong>Temuan</strong> (saring menurut negara).
help-staff = Untuk staf HRWG
help-staff-1 = Catat rangkaian kegiatan, konsultasi beserta agendanya (sesi), organisasi dan orang yang ikut serta, serta jumlah peserta; impor daftar peserta dari CSV (setiap baris diperiksa sebelum apa pun ditulis).
help-staff-2 = <strong>Antrean tinjauan</strong> memuat catatan yang diajukan: kembalikan dengan komentar, atau terbitkan dan pilih siapa yang boleh membacanya.
help-staff-3 = Jadikan pernyataan yang diterbitkan sebagai temuan, tujukan kepada Negara Anggota atau organisasi, dan catat tindak lanjutnya.
help-staff-4 = Data pribadi orang (nama, kontak, jabatan) hanya untuk staf.
help-admins = Untuk administrator
help-admins-1 = <strong>Pengguna</strong>: undang seseorang (Anda akan diberi tautan sekali pakai untuk dikirimkan), ubah peran atau cakupan, nonaktifkan akun, kirim undangan baru.
help-admins-2 = <strong>Log audit</strong>: setiap proses masuk, undangan, perubahan peran, dan penulisan, beserta siapa yang melakukannya dan kapan.
help-admins-3 = Staf dan administrator masuk dengan faktor kedua (aplikasi autentikator).
help-words = Arti kata-kata pada formulir
help-who-may-see = Siapa yang boleh melihatnya
help-rating-levels = Tingkat penilaian (penilaian mandiri)
help-not-attributed = Tanpa atribusi (catatan)

## The findings tracker
tracker-lead = Tantangan, peluang, praktik baik, dan rekomendasi dari konsultasi, yang dikaitkan dengan komitmen Konsensus.
add-finding = Tambah temuan
commitment-code = Kode komitmen
chapter = Bab
theme = Tema
consultation-slug = Konsultasi (nama pada alamatnya)
series-slug = Rangkaian kegiatan (nama pada alamatnya)
sort = Urutkan
overdue-only = Hanya yang melewati tenggat
filter = Saring
more-than-findings = Lebih dari { $count } temuan
col-finding = Temuan
overdue = melewati tenggat
no-finding-matches = Tidak ada temuan yang sesuai dengan penyaring ini.

## Downloads
download-of = untuk { $what }

## A consultation's reports and downloads
report-to-print = Laporan untuk dicetak
report-pdf = Laporan (PDF)
download-zip = Unduh seluruh isi konsultasi ini (.zip)
zip-hint-public = berkas CSV dan satu dokumen JSON dari apa yang boleh Anda lihat: hanya data publik
zip-hint-members = berkas CSV dan satu dokumen JSON dari apa yang boleh Anda lihat: data publik dan data untuk anggota
zip-hint-all = berkas CSV dan satu dokumen JSON dari apa yang boleh Anda lihat: semua data, termasuk catatan khusus staf

## The list of consultations
consultations-word = konsultasi
no-consultation-matches = Tidak ada konsultasi yang sesuai.
consultations-newest-first = Konsultasi, yang terbaru lebih dahulu

## The organisations
organisations-lead = Pemerintah, badan-badan ASEAN, masyarakat sipil, organisasi internasional, dan donor yang ikut serta dalam konsultasi.
name-contains = Nama mengandung
all-kinds = Semua jenis
anywhere = Di mana saja
regional-or-international = Regional atau internasional
organisations-count = { $count } organisasi
organisations-matching = { $count } organisasi yang sesuai dengan penyaring
range = { $first } sampai { $last }
no-organisation-matches = Tidak ada organisasi yang sesuai dengan penyaring ini.

## An organisation's page
edit-or-merge = Ubah atau gabungkan
also-known-as = Juga dikenal sebagai
website = Situs web
organisation-no-history = Belum tercatat keikutsertaan atau penyampaian materi dalam konsultasi yang diterbitkan.
organisation-history-caption = Konsultasi yang diikuti atau tempat { $name } menyampaikan materi
col-spoke-in = Menyampaikan materi di
speaker-only = Hanya sebagai narasumber
this-list-of-consultations = daftar konsultasi ini

## A finding's page
where-it-came-from = Asal temuan
drawn-from-note = Catatan asal temuan ini
drawn-from-hidden-note = Diambil dari catatan yang tidak diterbitkan untuk Anda
none-given = tidak disebutkan
themes = Tema
visible-to-label = Dapat dilihat oleh
follow-up = Tindak lanjut
addressed-to = Ditujukan kepada
due = Tenggat
no-progress-recorded = Belum ada perkembangan yang dicatat.
status-lower = status:
add-progress = Tambah perkembangan
date = Tanggal
what-happened = Apa yang terjadi
evidence-links = Tautan bukti, satu per baris
new-status = Status baru
unchanged = Tidak berubah
record-progress = Catat perkembangan

## Self-assessments
assessments-lead = Pemerintah menilai sendiri pelaksanaan Konsensus; masyarakat sipil membuat penilaian bayangan; di mana keduanya berbeda pendapat, ke sanalah dialog perlu diarahkan.
regional-view = Gambaran regional
no-round-yet = Belum ada putaran penilaian mandiri yang dibuka untuk Anda.
no-round-yet-hint = Staf HRWG membuka putaran untuk satu Negara Anggota dan satu siklus; kemudian pejabat negara tersebut mengisi penilaian pemerintah, dan mitra dari negara tersebut mengisi penilaian masyarakat sipil.
ask-for-round = Untuk meminta putaran, kirimkan pesan kepada narahubung HRWG Anda dengan menyebutkan Negara Anggota dan siklus yang Anda maksud.
rounds = Putaran
cycle = Siklus
comparison = Perbandingan
round = Putaran
government-assessment-of = penilaian pemerintah, { $state } { $cycle }
civil-society-assessment-of = penilaian masyarakat sipil, { $state } { $cycle }
compare = Bandingkan
nothing-to-compare = Belum ada yang diajukan untuk dibandingkan
shared-with = Dibagikan kepada
save = Simpan
open-round = Buka putaran
choose = Pilih…
open-the-round = Buka putaran ini

## Baris status formulir catatan (skripnya)
draft-saving = Menyimpan...
draft-login-warning = Sesi masuk Anda akan berakhir dalam sekitar { $minutes } menit jika tidak ada aktivitas. Simpan draf Anda agar tetap masuk; apa yang Anda ketik disimpan di peramban ini.
draft-login-ended = Sesi masuk Anda mungkin sudah berakhir. Apa yang Anda ketik disimpan di peramban ini; tekan Simpan draf untuk masuk lagi dan menyimpannya.
draft-not-saved-ended = Belum tersimpan: sesi masuk Anda sudah berakhir. Apa yang Anda ketik disimpan di peramban ini; tekan Simpan draf untuk masuk lagi dan menyimpannya.
draft-not-saved-conflict = Belum tersimpan: catatan ini telah diubah di tempat lain, atau tidak dapat diubah lagi di sini. Tekan Simpan draf untuk melihat kedua versinya.
draft-not-saved-invalid = Belum tersimpan: ada isian formulir yang perlu diperbaiki. Tekan Simpan draf untuk melihatnya.
draft-not-saved-error = Belum tersimpan: server tidak dapat menyimpannya saat ini (galat { $status }). Apa yang Anda ketik disimpan di peramban ini; penyimpanan akan dicoba lagi.
draft-saved-at = Draf disimpan pukul { $time }.
draft-offline = Belum tersimpan: tidak ada koneksi. Apa yang Anda ketik disimpan di peramban ini; penyimpanan akan dicoba lagi.

## An assessment
assessment-title = Penilaian mandiri { $side }: { $state }, { $cycle }
and-locked = dan dikunci.
compare-other-side = Bandingkan dengan pihak lain
these-ratings = penilaian ini, satu baris per ketentuan
one-form = Semua bab adalah satu formulir: setiap tombol "Simpan jawaban" menyimpan semua jawaban di halaman ini.
chapter-average = Rata-rata { $average } ({ $rated } dinilai, { $na } tidak berlaku, { $none } tanpa informasi
to-answer = , { $n } belum dijawab
rating-for = Penilaian untuk { $code }
not-answered-yet = Belum dijawab
evidence-for = Bukti untuk { $code }
evidence-links-for = Tautan bukti untuk { $code }, satu per baris
supporting-findings = Temuan yang mendukung penilaian { $code }
answer-label = Jawaban:
not-answered = belum dijawab
supported-by = Didukung oleh:
save-answers = Simpan jawaban
save-answers-hidden = (semua bab; dari bab { $n })
submit-assessment = Ajukan penilaian…
correct-answer = Koreksi jawaban yang sudah diajukan
provision = Ketentuan
corrected-answer = Jawaban yang dikoreksi
evidence = Bukti

## A round compared
comparison-title = Perbandingan: { $state } { $cycle }
comparison-heading = Pemerintah dan masyarakat sipil: { $state }, { $cycle }
comparison-lead = Perbedaan dua poin atau lebih ditandai: ke sanalah dialog perlu diarahkan.
government-not-shared = Penilaian pemerintah belum diajukan atau belum dibagikan kepada Anda.
civil-society-not-shared = Penilaian masyarakat sipil belum diajukan atau belum dibagikan kepada Anda.
what-ratings-mean = Arti penilaian 0 sampai 4
this-comparison = perbandingan ini, satu baris per ketentuan
chapter-averages = Bab { $n }: rata-rata pemerintah { $government }, rata-rata masyarakat sipil { $civil_society }
difference = Selisih
differ-by = berselisih { $gap }
government-evidence-for = bukti pemerintah untuk { $code }
civil-society-evidence-for = bukti masyarakat sipil untuk { $code }
over-time = Dari waktu ke waktu
trend-caption = Rata-rata bab di setiap putaran (pemerintah / masyarakat sipil)

## A series' page
edit-series = Ubah rangkaian kegiatan
organiser = Penyelenggara
funder = Penyandang dana
period-label = Periode
framework = Kerangka
planned-in = Direncanakan di
progress = Kemajuan
aim = Tujuan
all-series-consultations = semua konsultasi dalam rangkaian ini

## The commitments
frameworks-lead = Instrumen-instrumen yang ditindaklanjuti oleh konsultasi, beserta bab dan ketentuannya.
framework-counts = { $provisions } ketentuan tercatat; { $states } Negara Anggota terikat.
not-binding = Tidak mengikat secara hukum.
no-framework = Belum ada kerangka yang dicatat.

## A framework's page
states-bound = { $states } Negara Anggota terikat.
provisional-codes = Kode seperti C3.2 adalah kode sementara proyek ini; nomor paragraf resmi diisi setelah diverifikasi dengan teks yang diterbitkan.
no-provision = Belum ada ketentuan dari bab ini yang dicatat.
provisions-of-chapter = Ketentuan bab { $n }
code = Kode
official-reference = Rujukan resmi
duty-bearer = Pengemban kewajiban
not-verified = belum diverifikasi

## A provision's page
not-verified-yet = belum diverifikasi
findings-on-provision = Temuan tentang ketentuan ini
no-finding-on-provision = Belum ada temuan yang diterbitkan tentang ketentuan ini.
first-findings-region = { $count } temuan pertama di seluruh kawasan, menurut tanggal konsultasi
findings-region = { $count } temuan di seluruh kawasan
all-findings-on = Semua temuan tentang { $code } di pelacak

## Two-factor sign-in
enter-code = Masukkan kode masuk Anda
enter-code-hint = Buka aplikasi autentikator Anda dan masukkan kode 6 angka yang ditampilkannya untuk Musyawarah. Jika ponsel Anda hilang, masukkan salah satu kode pemulihan Anda.
continue = Lanjutkan

## Changing a password
change-password-hint = Mengubahnya akan mengeluarkan Anda dari semua perangkat lain.
current-password = Kata sandi saat ini
new-password = Kata sandi baru
password-hint = Sekurang-kurangnya 12 karakter. Beberapa kata yang tidak saling berhubungan menjadi kata sandi yang baik.
new-password-again = Ulangi kata sandi baru
change-password-button = Ubah kata sandi

## Accepting an invitation, or a reset link
choose-new-password = Pilih kata sandi baru
choose-your-password = Pilih kata sandi Anda
choose-new-password-name = Pilih kata sandi baru, { $name }
reset-explained = Seorang administrator menerbitkan tautan ini agar Anda dapat menetapkan kata sandi baru untuk { $email }. Setelah Anda menetapkannya, kata sandi lama tidak berlaku lagi dan semua sesi masuk lain dari akun Anda berakhir.
welcome = Selamat datang, { $name }
invited-explained = Anda diundang ke Musyawarah sebagai { $email }. Pilih kata sandi untuk menyelesaikan pembuatan akun Anda.
password-again = Ulangi kata sandi
set-new-password = Tetapkan kata sandi baru
set-password = Tetapkan kata sandi

## Setting up two-factor sign-in
enrol-title = Siapkan masuk dua langkah
enrol-why = Faktor kedua melindungi akun ini, dan orang-orang yang catatannya dapat dijangkau akun ini, meskipun kata sandinya dicuri.
enrol-step-1 = Pasang aplikasi autentikator di ponsel Anda (misalnya FreeOTP, Aegis, Google Authenticator, atau Microsoft Authenticator).
enrol-step-2 = Di aplikasi itu, tambahkan akun dengan memindai kode ini:
enrol-qr-alt = Kode QR untuk menambahkan Musyawarah ke aplikasi autentikator
enrol-or-key = atau dengan mengetik kunci ini:
enrol-step-3 = Masukkan kode 6 angka yang kini ditampilkan aplikasi.
code-from-app = Kode dari aplikasi

## Recovery codes
recovery-title = Kode pemulihan Anda
two-factor-on = Masuk dua langkah sudah aktif
recovery-keep = Simpan kode pemulihan ini di tempat yang aman, terpisah dari ponsel Anda. Masing-masing memungkinkan Anda masuk satu kali jika ponsel Anda hilang. Kode ini hanya ditampilkan sekarang.
signed-out-before-save = Anda keluar sebelum sesuatu tersimpan
recovery-then-save = Setelah menyimpan kode-kode itu, tekan Simpan untuk mengirimnya lagi.
kept-continue = Sudah saya simpan; lanjutkan

## Sending again after signing in
send-again = Kirim lagi
signed-out-before-this = Anda keluar sebelum ini tersimpan
resume-notice = Teks Anda ada di bawah; tekan Simpan untuk mengirimnya lagi. Belum ada yang disimpan.
resume-both-versions = Jika halaman itu diubah orang lain sementara itu, kedua versinya akan ditampilkan kepada Anda sebelum ada yang diganti.

## A note's history
history-title = Riwayat catatan: { $session }
history-heading = Riwayat catatan tentang: { $session }
history-complete = Setiap versi yang tersimpan, termasuk draf dan tinjauan. Pembaca catatan yang diterbitkan hanya melihat versi yang diterbitkan dan koreksinya.
history-published = Catatan sebagaimana diterbitkan, dan setiap koreksi yang dibuat HRWG sejak itu, beserta alasannya.
revision-n = Revisi { $n }: { $status }
correction-n = Koreksi { $n }
by-whom = oleh { $who }
diff-added = Ditambahkan:
diff-removed = Dihapus:

## Pesan formulir catatan tentang isian
note-too-long = Catatan ini berisi { $chars } karakter; paling banyak 50.000 karakter yang diterima. Persingkat, atau tulis catatan kedua untuk sisanya. Teks Anda masih ada di bawah.
note-empty = Tulis ringkasan atau sekurang-kurangnya satu pernyataan.
note-choose-visibility = Pilih siapa yang Anda usulkan boleh membacanya.
note-choose-attribution = Pilih bagaimana catatan yang diterbitkan menyebut Anda.
note-choose-sector = Pilih sektor pembicara dari daftar.
note-say-why-corrected = Sebutkan mengapa catatan yang diterbitkan dikoreksi.
note-choose-readers = Pilih siapa yang boleh membaca catatan yang diterbitkan.
note-less-attribution = Catatan dapat diterbitkan dengan atribusi yang lebih sedikit daripada pilihan penulisnya, tidak pernah lebih banyak.
note-say-what-to-change = Sebutkan apa yang perlu diubah oleh penulis.
refused-author-only = Hanya penulis catatan yang dapat melakukan ini.
refused-staff-only = Hanya staf HRWG yang meninjau catatan.
refused-published = Catatan ini sudah diterbitkan dan dikunci; staf dapat mengoreksinya dengan menyebutkan alasan.
refused-withdrawn = Catatan ini sudah ditarik; penulisnya dapat memulihkannya sebagai draf.
refused-restore = Hanya catatan yang ditarik yang dapat dipulihkan.
refused-review = Hanya catatan yang diajukan yang dapat ditinjau.
refused-with-reviewers = Catatan ini sedang ditinjau; tarik catatan untuk mengubahnya, atau tunggu sampai dikembalikan.
refused-now = Hal ini tidak dapat dilakukan pada catatan saat ini.

## Bertanya lebih dahulu
confirm-no-go-back = Tidak, kembali
withdraw-title = Tarik catatan ini?
withdraw-question = Tarik catatan Anda tentang “{ $session }”?
withdraw-explained = Catatan ini akan keluar dari antrean tinjauan dan tidak akan diterbitkan. Anda dapat memulihkannya sebagai draf nanti dari halaman catatan.
withdraw-yes = Ya, tarik catatan ini
withdraw-no = Tidak, simpan saja
submit-assessment-title = Ajukan penilaian ini?
submit-assessment-question = Ajukan penilaian mandiri { $side } { $state } untuk { $cycle }?
submit-assessment-explained = Setelah diajukan, penilaian dikunci: Anda tidak dapat lagi mengubah jawabannya, dan pihak lain serta staf dapat membacanya. Hanya staf HRWG yang dapat mengoreksi jawaban yang sudah diajukan, dengan menyebutkan alasan. Jawaban yang Anda ketik tetapi belum disimpan tidak ikut diajukan.
submit-assessment-yes = Ya, ajukan

## Judul dan grafik dasbor
dash-challenges = Tantangan
dash-opportunities = Peluang
dash-good-practices = Praktik baik
dash-asean-bodies = Badan-badan ASEAN
dash-international = Organisasi internasional
dash-others = Lainnya
timeline-chart-title = Konsultasi per tahun: dilaksanakan, direncanakan, ditunda, dan dibatalkan
findings-chart-title = Temuan menurut Negara Anggota dan jenis
chapter-short = Bab { $n }
chapter-chart-title = Temuan menurut Negara Anggota dan bab Konsensus
government-chart-title = Penilaian mandiri pemerintah: nilai rata-rata per bab (0 sampai 4)
civil-society-chart-title = Penilaian masyarakat sipil: nilai rata-rata per bab (0 sampai 4)

## Jenis catatan demo yang dihitung dasbor
demo-consultations = konsultasi
demo-kind-head-counts = jumlah peserta menurut jenis kelamin
demo-findings = temuan
demo-assessments = penilaian mandiri
list-and = { $init } dan { $last }

## Pesan formulir staf tentang isian
form-enter-title = Silakan masukkan judul.
form-title-too-long = Judul paling banyak 300 karakter.
form-choose-state = Silakan pilih Negara Anggota dari daftar.
form-tick-states = Silakan centang Negara Anggota dari daftar.
form-choose-organisation = Silakan pilih organisasi dari daftar.
form-choose-visibility = Silakan pilih siapa yang boleh melihatnya.
form-choose-from-list = Silakan pilih dari daftar.
form-too-long = Isian ini terlalu panjang: paling banyak { $max } karakter.
form-missing-reference = Isian ini merujuk pada catatan yang tidak ada (mungkin telah dihapus); silakan pilih lagi.
date-shape = Silakan masukkan tanggal seperti 2019-12-18.
date-range = Silakan masukkan tanggal antara { $first } dan { $last }, seperti 2019-12-18.
conflict-still-in-form = Perubahan Anda masih ada di formulir dan belum disimpan. Silakan simpan lagi untuk menggantikan versi mereka.
conflict-still-in-form-or-open = Perubahan Anda masih ada di formulir dan belum disimpan. Silakan simpan lagi untuk menggantikan versi mereka, atau buka kembali halaman ini untuk melihat versi mereka.
field-title = Judul
field-who-may-see = Siapa yang boleh melihatnya
field-description = Deskripsi
field-telephone = Telepon
field-staff-notes = Catatan staf

## Log audit
audit-who = Siapa
audit-anyone = Siapa saja
audit-actor-containing = Nama atau alamat yang memuat “{ $text }”
audit-only-code = Hanya entri yang kodenya diawali “{ $code }”.
audit-show-every = Tampilkan semua entri
audit-newest-first = Apa yang terjadi, terbaru lebih dahulu
audit-download-what = semua entri yang dipilih oleh filter ini
audit-nothing-matches = Tidak ada yang sesuai dengan filter ini.
audit-was = sebelumnya:
audit-now = sekarang:
audit-recorded = Apa yang dicatat
audit-older = Entri yang lebih lama
audit-when = { $date } pukul { $time } UTC

## Tautan undangan dan tautan atur ulang
invited-title = Tautan undangan
invited-reset-title = Tautan atur ulang kata sandi
invited-reset-heading = Tautan atur ulang kata sandi untuk { $name }
invited-reset-send = Kirimkan tautan ini ke { $email } melalui saluran yang Anda percayai. Tautan ini hanya dapat dipakai sekali, selama { $valid_for }, dan hanya ditampilkan sekarang. Menetapkan kata sandi baru dengan tautan ini mengakhiri semua sesi masuk lain akun tersebut; sampai saat itu, kata sandi lama masih berlaku.
invited-heading = Undangan untuk { $name }
invited-send = Kirimkan tautan ini ke { $email } melalui saluran yang Anda percayai. Tautan ini hanya dapat dipakai sekali, selama { $valid_for }, dan hanya ditampilkan sekarang.
invited-copy = Salin tautan
invited-copied = Tersalin.
invited-copy-failed = Tidak dapat menyalin: silakan pilih tautan dan salin secara manual.
invited-relative = Tautan ini relatif terhadap alamat situs ini: tambahkan di belakang alamat yang Anda gunakan untuk membuka Musyawarah.
valid-days = { $n } hari
valid-hours = { $n } jam

## Akun
user-edit-title = Ubah akun
user-invite = Undang seseorang
user-conflict = Orang lain mengubah akun ini saat Anda sedang menyuntingnya
user-conflict-theirs = Perubahan Anda belum disimpan. Versi mereka sekarang:
user-conflict-yours = Perubahan Anda masih ada di formulir di bawah; silakan simpan lagi untuk menggantikan versi mereka.
user-organisation = Organisasi (mitra)
user-member-state = Negara Anggota (pejabat)
option-none = Tidak ada
user-the-region-option = Kawasan (seluruh ASEAN)
user-invite-button = Undang
user-invitation = Undangan
user-new-invitation-explained = Tautan undangan baru memungkinkan { $name } memilih kata sandi baru; tautan sebelumnya tidak berlaku lagi.
user-new-invitation = Buat tautan undangan baru
user-password-reset = Atur ulang kata sandi
user-password-reset-explained = Tautan atur ulang kata sandi memungkinkan { $name } memilih kata sandi baru, satu kali, dalam 24 jam; menetapkannya mengakhiri sesi masuk lainnya. Tautan sebelumnya tidak berlaku lagi.
user-issue-reset = Terbitkan tautan atur ulang kata sandi
users-count = { $count } akun
users-two-factor = Dua langkah
users-actions = Tindakan
users-the-region = kawasan
users-disabled = Dinonaktifkan
users-active = Aktif
users-invited = Diundang
users-enable = Aktifkan
users-disable = Nonaktifkan

## Pesan formulir akun tentang isian
user-enter-email = Silakan masukkan alamat email orang tersebut.
user-email-shape = Silakan masukkan alamat email seperti nama@example.org.
user-email-too-long = Alamat email paling banyak 254 karakter.
user-enter-name = Silakan masukkan nama orang tersebut.
name-too-long-200 = Nama di sini paling banyak 200 karakter.
user-choose-role = Silakan pilih peran.
user-choose-organisation = Silakan pilih organisasi yang diwakili mitra ini.
user-choose-state = Silakan pilih Negara Anggota yang diwakili pejabat ini, atau kawasan.
user-email-taken = Sudah ada akun dengan alamat email ini.
user-own-admin-role = Anda tidak dapat mencabut peran administrator Anda sendiri.
user-reset-disabled = Akun ini dinonaktifkan: silakan aktifkan terlebih dahulu sebelum menerbitkan tautan atur ulang kata sandi.
user-disable-own = Anda tidak dapat menonaktifkan akun Anda sendiri; silakan minta administrator lain.

## Kalimat log audit
audit-kind-accounts = Akun
audit-kind-assessments = Penilaian
audit-kind-assessment-rounds = Putaran penilaian
audit-kind-commitments = Komitmen
audit-kind-consultations = Konsultasi
audit-kind-database = Basis data
audit-kind-findings = Temuan
audit-kind-notes = Catatan
audit-kind-organisations = Organisasi
audit-kind-participation = Keikutsertaan
audit-kind-people = Orang
audit-kind-positions = Jabatan
audit-kind-series = Rangkaian kegiatan
audit-kind-sessions = Sesi
audit-noun-account = akun
audit-noun-api-token = token API
audit-noun-assessment = penilaian
audit-noun-assessment-round = putaran penilaian
audit-noun-commitment = komitmen
audit-noun-consultation = konsultasi
audit-noun-database = basis data
audit-noun-finding = temuan
audit-noun-note = catatan
audit-noun-organisation = organisasi
audit-noun-participation = catatan keikutsertaan
audit-noun-person = data orang
audit-noun-position = jabatan
audit-noun-series = rangkaian kegiatan
audit-noun-session = sesi
audit-none = tidak ada
audit-yes = ya
audit-no = tidak
audit-who-system = Sistem
audit-who-someone = Seseorang
audit-who-command-line = Baris perintah
audit-record = { $noun }{ $named }
audit-record-note = catatan tentang{ $named }
audit-gone-account = akun yang sudah tidak ada
audit-signed-in = { $who } masuk
audit-sign-in-failed = Upaya masuk sebagai { $name } gagal
audit-sign-in-failed-unknown = Upaya masuk gagal untuk akun yang tidak dikenal
audit-signed-out = { $who } keluar
audit-invited = { $who } mengundang { $person }
audit-accepted = { $who } menerima undangan dan memilih kata sandi
audit-user-added = { $who } menambahkan akun { $person }
audit-password-changed = { $who } mengubah kata sandinya
audit-reset-issued = { $who } menerbitkan tautan atur ulang kata sandi untuk { $person }
audit-password-reset = { $who } menetapkan kata sandi baru dengan tautan atur ulang
audit-two-factor-on = { $who } mengaktifkan masuk dua langkah
audit-two-factor-failed = { $who } memasukkan kode langkah kedua yang salah
audit-demo-loaded = { $who } memuat data demo
audit-participants-imported = { $who } mengimpor daftar peserta berisi { $count } orang ke dalam { $record }
audit-status-changed = { $who } mengubah status { $record } dari { $before } menjadi { $after }
audit-progress-reported = { $who } melaporkan kemajuan { $record }
audit-added = { $who } menambahkan { $record }
audit-saved-unchanged = { $who } menyimpan { $record } (tidak ada yang berubah)
audit-field-changed = { $who } mengubah { $field } { $record } dari { $before } menjadi { $after }
audit-fields-changed = { $who } mengubah { $fields } { $record }
audit-removed = { $who } menghapus { $record }
audit-restored = { $who } memulihkan { $record }
audit-deleted = { $who } menghapus permanen { $record }
audit-moved = { $who } memindahkan { $record } dalam agenda
audit-merged = { $who } menggabungkan { $noun }{ $named } ke dalam { $into }
audit-merged-another = organisasi lain
audit-submitted = { $who } mengajukan { $record }
audit-saved = { $who } menyimpan { $record }
audit-corrected = { $who } mengoreksi { $record }
audit-published = { $who } menerbitkan { $record }
audit-returned = { $who } mengembalikan { $record }
audit-withdrew = { $who } menarik { $record }
audit-other = { $who }: { $action } pada { $record }

## Nama isian dalam log audit
audit-field-title = judul
audit-field-status = status
audit-field-visibility = visibilitas
audit-field-name = nama
audit-field-email = email
audit-field-display_name = nama tampilan
audit-field-role = peran
audit-field-organisation_id = organisasi
audit-field-member_state_code = Negara Anggota
audit-field-summary = ringkasan
audit-field-kind = jenis
audit-field-description = deskripsi
audit-field-city = kota
audit-field-venue = tempat penyelenggaraan
audit-field-starts_on = tanggal mulai
audit-field-ends_on = tanggal selesai
audit-field-objectives = tujuan
audit-field-statement = pernyataan
audit-field-themes = tema
audit-field-states = negara
audit-field-commitments = komitmen
audit-field-due_on = tenggat
audit-field-acronym = singkatan
audit-field-website = situs web
audit-field-aliases = nama lain
audit-field-full_name = nama lengkap
audit-field-sex = jenis kelamin
audit-field-phone = telepon
audit-field-staff_notes = catatan staf
audit-field-female = perempuan
audit-field-male = laki-laki
audit-field-other_or_unstated = lainnya atau tidak disebutkan
audit-field-note = keterangan
audit-field-aim = tujuan
audit-field-people = orang

## Kata bersama formulir staf
edit-named = Ubah { $name }
conflict-caption = Versi mereka dan versi Anda
conflict-field = Isian
conflict-theirs = Versi mereka (tersimpan)
conflict-yours = Versi Anda (belum disimpan)
confirm-yes-remove = Ya, hapus

## Formulir konsultasi
consultation-conflict = Orang lain menyimpan konsultasi ini saat Anda sedang menyuntingnya
consultation-conflict-differ = Perubahan Anda belum disimpan; perubahan itu masih ada di formulir di bawah. Bagian yang berbeda di antara kedua versi:
consultation-conflict-save-again = Silakan simpan lagi untuk mengganti versi mereka dengan versi Anda, atau buka kembali halaman ini untuk memulai dari versi mereka.
consultation-title-hint = Contoh: Konsultasi nasional di Vietnam
consultation-no-series = Bukan bagian dari rangkaian kegiatan
consultation-number-in-series = Nomor dalam rangkaian kegiatan
consultation-number-hint = Biarkan kosong jika tidak diketahui
consultation-held-in = Diselenggarakan di
consultation-host-state = Negara Anggota tuan rumah
consultation-regional-or-undecided = Regional, atau belum ditentukan
consultation-city = Kota
consultation-first-day = Hari pertama
consultation-last-day = Hari terakhir
consultation-last-day-hint = Biarkan kosong untuk konsultasi satu hari
consultation-planned-period = Periode yang direncanakan
consultation-planned-period-hint = Jika belum ada tanggal, misalnya: awal 2020
consultation-reason = Alasan (untuk konsultasi yang ditunda atau dibatalkan)
consultation-reason-short = Alasan
consultation-chatham-house = Diselenggarakan dengan aturan Chatham House
consultation-chatham-house-rule = Aturan Chatham House
consultation-participants-hint = Angka yang disebutkan dalam laporan, jika tidak ada daftar peserta
consultation-create = Buat konsultasi
consultation-choose-series = Silakan pilih rangkaian kegiatan dari daftar.
consultation-number-shape = Silakan masukkan bilangan bulat mulai dari 1, atau biarkan kosong.
consultation-number-needs-series = Nomor dalam rangkaian kegiatan memerlukan rangkaian kegiatan.
consultation-number-taken = Konsultasi lain dalam rangkaian kegiatan ini sudah memakai nomor ini.
consultation-first-day-too = Silakan masukkan juga hari pertama, atau biarkan keduanya kosong.
consultation-last-before-first = Hari terakhir tidak boleh sebelum hari pertama.
consultation-choose-status = Silakan pilih status.
consultation-held-needs-date = Konsultasi yang sudah diselenggarakan memerlukan tanggalnya.
consultation-held-in-future = Konsultasi tidak mungkin sudah diselenggarakan pada tanggal yang belum tiba; silakan pilih direncanakan atau dijadwalkan.
consultation-say-why = Silakan sebutkan alasan konsultasi ditunda atau dibatalkan.
consultation-participants-negative = Jumlah peserta tidak boleh negatif.
consultation-whole-number = Silakan masukkan bilangan bulat, atau biarkan kosong.
consultation-text-too-long = Teks ini terlalu panjang (paling banyak 50.000 karakter).

## Catatan keikutsertaan dalam konsultasi
participation-title = Keikutsertaan: { $consultation }
participation-edit = Ubah keikutsertaan
participation-add = Tambahkan organisasi yang ikut serta
participation-conflict = Orang lain menyimpan catatan ini saat Anda sedang menyuntingnya
participation-conflict-hint = Angka Anda masih ada di formulir dan belum disimpan. Silakan simpan lagi untuk menggantikan angka mereka.
participation-head-counts = Jumlah orang
participation-note = Keterangan
participation-remove-link = Hapus catatan ini…
participation-choose-role = Silakan pilih peran organisasi tersebut.
participation-negative = Jumlah orang tidak boleh negatif.
participation-whole-number = Silakan masukkan jumlah orang dalam bilangan bulat.
participation-duplicate = Organisasi ini sudah tercatat dengan peran ini; silakan ubah catatan tersebut.
participation-remove-title = Hapus catatan keikutsertaan ini?
participation-remove-question = Hapus catatan { $organisation } ({ $role }) di { $consultation }?
participation-remove-explained = Jumlah orangnya akan dikeluarkan dari angka konsultasi dan dari dasbor. Tindakan ini tidak dapat dibatalkan: untuk menghitungnya lagi, tambahkan kembali catatan tersebut.

## Formulir temuan
finding-edit = Ubah temuan
finding-new = Temuan baru
finding-conflict = Orang lain menyimpan temuan ini saat Anda sedang menyuntingnya
finding-session = Sesi (jika ada)
finding-commitments = Komitmen Konsensus
finding-for-recommendation = Untuk rekomendasi
finding-choose-kind = Silakan pilih jenis temuan.
finding-write = Silakan tuliskan temuannya.
finding-too-long = Temuan paling banyak 10.000 karakter.
finding-choose-consultation = Silakan pilih konsultasi asal temuan ini.
finding-choose-session = Silakan pilih sesi dari konsultasi tersebut, atau tidak ada.
finding-tick-commitments = Silakan centang komitmen (satu atau lebih) Konsensus yang terkait.
finding-tick-themes = Silakan centang tema dari daftar.
finding-choose-addressee = Silakan pilih kepada siapa rekomendasi ini ditujukan.
finding-only-recommendations = Hanya rekomendasi yang ditindaklanjuti.
finding-progress-date = Silakan masukkan tanggal kemajuan tersebut.
finding-say-what-happened = Silakan sebutkan apa yang terjadi.
finding-links-https = Setiap tautan bukti diawali dengan https://.
finding-choose-status = Silakan pilih status dari daftar.

## Formulir ketentuan
provision-edit = Ubah ketentuan { $code }
provision-code-hint = Kode { $code } adalah kode sementara proyek ini dan tidak diubah, agar tautan dan temuan tetap mengarah ke sini; silakan isi rujukan paragraf resmi setelah diverifikasi.
provision-conflict = Orang lain menyimpan ketentuan ini saat Anda sedang menyuntingnya
provision-text = Teks
provision-ref-hint = Paragraf dalam teks yang diterbitkan, misalnya: para. 14
provision-enter-title = Silakan masukkan judul ketentuan.
provision-ref-too-long = Rujukan resmi paling banyak 40 karakter (misalnya: para. 14).
provision-choose-bearer = Silakan pilih siapa pengemban kewajibannya.

## Formulir organisasi
organisation-new = Organisasi baru
organisation-edit = Ubah organisasi
organisation-conflict = Orang lain menyimpan organisasi ini saat Anda sedang menyuntingnya
organisation-then-list = Setelah disimpan, Anda kembali ke daftar peserta untuk memeriksanya lagi.
organisation-name = Nama
organisation-acronym = Singkatan
organisation-country = Negara, jika di luar ASEAN
organisation-other-names = Nama lain
organisation-other-names-hint = Satu nama per baris: nama yang dipakai laporan dan daftar peserta untuk organisasi ini, dalam bahasa apa pun.
organisation-add = Tambahkan organisasi
organisation-merge-heading = Gabungkan ke organisasi lain
organisation-merge-explained = Jika catatan ini dan catatan lain adalah organisasi yang sama, gabungkan keduanya: keikutsertaan, narasumber, orang, dan akunnya dipindahkan ke organisasi lain itu, dan nama-namanya menjadi nama lain organisasi tersebut.
organisation-merge-into = Gabungkan ke
organisation-merge-confirm = Saya telah memeriksa bahwa keduanya adalah organisasi yang sama
organisation-merge = Gabungkan
organisation-enter-name = Silakan masukkan nama organisasi.
organisation-name-too-long = Nama paling banyak 300 karakter.
organisation-acronym-too-long = Singkatan paling banyak 40 karakter.
organisation-choose-kind = Silakan pilih jenis organisasi.
organisation-choose-state = Silakan pilih Negara Anggota dari daftar, atau regional.
organisation-website-https = Silakan masukkan alamat web yang diawali dengan https://.
organisation-alias-too-long = Setiap nama lain paling banyak 300 karakter.
organisation-name-taken = Organisasi lain sudah memakai nama ini; silakan gabungkan keduanya.
organisation-alias-taken = Salah satu nama lain ini sudah dimiliki organisasi lain.
organisation-choose-into = Silakan pilih organisasi yang menjadi tujuan penggabungan.
organisation-tick-confirm = Silakan centang kotak untuk mengonfirmasi penggabungan.

## Formulir rangkaian kegiatan
series-conflict = Orang lain menyimpan rangkaian kegiatan ini saat Anda sedang menyuntingnya
series-funding-note = Keterangan pendanaan
series-starts = Mulai
series-ends = Berakhir
series-end-before-start = Rangkaian kegiatan tidak boleh berakhir sebelum dimulai.

## Formulir sesi
session-edit-title = Ubah sesi: { $consultation }
session-new-title = Sesi baru: { $consultation }
session-edit = Ubah sesi
session-add = Tambahkan sesi ke agenda
session-conflict = Orang lain menyimpan sesi ini saat Anda sedang menyuntingnya
session-removed-heading = Dihapus dari agenda ini
session-removed-explained = Sesi-sesi ini telah dikeluarkan dari agenda dan dapat dikembalikan, beserta catatannya:
session-restore-link = Pulihkan…
session-day = Hari
session-starts-at = Mulai pukul
session-ends-at = Berakhir pukul
session-speakers = Organisasi narasumber
session-speakers-hint = Centang setiap organisasi yang berbicara dalam sesi ini. Untuk menemukannya, ketik sebagian namanya lalu pilih Tampilkan yang cocok: apa yang telah Anda ketik dan centang tetap tersimpan.
session-find-organisation = Cari organisasi
session-show-matching = Tampilkan yang cocok
session-speakers-hidden = { $count } organisasi yang tidak cocok dengan “{ $filter }” disembunyikan. Kosongkan kotak lalu pilih Tampilkan yang cocok untuk melihat semuanya.
session-no-organisation-matches = Tidak ada organisasi yang cocok dengan “{ $filter }”.
session-add-button = Tambahkan ke agenda
session-time-shape = Silakan masukkan waktu seperti 09:30.
session-choose-kind = Silakan pilih jenis sesi.
session-day-outside = Hari tersebut harus salah satu hari konsultasi.
session-end-before-start = Sesi tidak boleh berakhir sebelum dimulai.
session-remove-title = Hapus sesi ini dari agenda?
session-remove-question = Hapus “{ $session }” dari agenda { $consultation }?
session-off-agenda = Sesi ini sudah tidak ada dalam agenda
session-restore-explained = Memulihkan sesi akan mengembalikannya ke tempatnya semula dalam agenda, beserta catatannya.
session-restore-button = Pulihkan ke agenda

## Orang
person-new = Orang baru
person-edit = Ubah data orang
person-conflict = Orang lain menyimpan data orang ini saat Anda sedang menyuntingnya
person-full-name = Nama lengkap, sebagaimana ditulis oleh orang tersebut
person-honorific = Sapaan kehormatan
person-honorific-hint = Misalnya: Ibu, Bapak, Dr.
person-add = Tambahkan orang
people-current-positions = Jabatan saat ini
people-spoke-at = Berbicara di
people-download-what = semua { $count } orang
person-positions-heading = Jabatan dari waktu ke waktu
person-no-position = Belum ada jabatan yang tercatat.
person-positions-caption = Jabatan yang pernah dipegang, yang paling awal lebih dahulu
person-position = Jabatan
person-source = Sumber
person-current = saat ini
person-add-position = Tambahkan jabatan
person-position-hint = Misalnya: Wakil Ketua
person-until = Sampai
person-until-hint = Biarkan kosong selama jabatan masih dipegang
person-source-hint = Dari mana informasi ini diketahui
person-add-position-button = Tambahkan jabatan
person-no-participation = Belum ada keikutsertaan yang tercatat.
person-took-part-caption = Tempat { $name } ikut serta atau berbicara
person-took-part-as = Ikut serta sebagai
person-summary = Ikut serta atau berbicara di { $count } konsultasi; berbicara di { $spoke } konsultasi.
person-period = { $from } sampai { $to }
person-since = sejak { $date }
person-until-date = sampai { $date }
person-no-dates = tanggal tidak tercatat
person-enter-name = Silakan masukkan nama orang tersebut sebagaimana ia menuliskannya.
person-choose-sex = Silakan pilih salah satu; "tidak disebutkan" juga merupakan jawaban yang sah.
person-email-shape = Silakan masukkan alamat email seperti nama@example.org, atau biarkan kosong.
person-enter-position = Silakan masukkan jabatan, misalnya: Wakil Ketua.
person-position-end-before-start = Jabatan tidak boleh berakhir sebelum dimulai.

## Menghapus sesi dari agenda
session-remove-explained = Sesi ini akan dikeluarkan dari agenda dan dari setiap halaman yang menampilkannya. Sesi tetap disimpan, beserta catatannya, dan staf dapat memulihkannya ke tempatnya semula.
session-restore-question = “{ $session }” telah dihapus dari agenda { $consultation }. Pulihkan?

## Mengimpor daftar peserta
list-import-title = Impor daftar peserta: { $consultation }
list-names-personal = Nama adalah data pribadi: hanya dapat dilihat oleh staf HRWG.
list-cannot-import = Berkas ini tidak dapat diimpor
list-upload-explained = Unggah daftar hadir sebagai berkas CSV (di Excel: File › Save As › "CSV UTF-8"). Baris pertama memuat nama kolom (dalam bahasa Inggris, seperti di bawah):
list-column-name = <strong>name</strong>: nama orang tersebut sebagaimana ia menuliskannya, dalam aksara apa pun;
list-column-sex = <strong>sex</strong>: female (perempuan), male (laki-laki), other (lainnya) atau not stated (tidak disebutkan);
list-column-organisation = <strong>organisation</strong>: nama, singkatan, atau salah satu nama lain organisasinya;
list-columns-optional = dan jika ada: <strong>role</strong> (participant, speaker, observer, organiser, co-organiser, funder; participant jika kosong), <strong>title</strong> (jabatannya) dan <strong>email</strong>.
list-download-template = Unduh templat (CSV)
list-template-explained = berisi kolom-kolom ini dan satu baris contoh: silakan ganti contoh tersebut dengan peserta Anda.
list-nothing-written-yet = Belum ada yang ditulis: Anda akan melihat masalah setiap baris terlebih dahulu, dan daftar baru dicatat jika semua baris sudah benar. Paling banyak 10.000 baris dan 5 MB.
list-file-label = Daftar peserta (CSV)
list-check = Periksa daftar
list-check-again-title = Periksa lagi daftar peserta: { $consultation }
list-problems-title = Masalah dalam daftar peserta: { $consultation }
list-all-right-heading = Semua baris daftar kini sudah benar
list-all-right = { $file }: { $rows } baris dibaca, semuanya siap. Belum ada yang ditulis.
list-needs-fixing-heading = Daftar ini perlu diperbaiki sebelum dapat diimpor
list-needs-fixing = { $file }: { $rows } baris dibaca, { $good } siap, { $bad } bermasalah. Belum ada yang ditulis. Silakan perbaiki hal-hal yang disebutkan di bawah, lalu periksa lagi berkas yang sama; atau perbaiki baris-barisnya di lembar kerja Anda dan unggah lagi.
list-blank-lines = Baris kosong yang dilewati:
list-unknown-organisations = Organisasi yang belum tercatat
list-unknown-organisations-explained = Setiap nama ini bukan nama, singkatan, atau nama lain dari organisasi mana pun. Silakan tambahkan organisasinya, atau tambahkan nama tersebut ke organisasi yang dimaksud; setelah itu Anda kembali ke sini.
list-add-new-organisation = tambahkan sebagai organisasi baru
list-named = bernama { $name }
list-or = , atau
list-add-as-alias = tambahkan sebagai nama lain { $organisation }
list-or-add-under-other-names = , atau tambahkan di bawah “Nama lain” pada formulir organisasi yang dimaksud (dari halaman <a href="/organisations">Organisasi</a>)
list-rows-with-problems = Baris yang bermasalah
list-line = Baris
list-problems = Masalah
list-no-rows = Berkas ini tidak memiliki baris untuk diimpor.
list-kept = Berkas ini disimpan selama { $hours } jam, hanya untuk staf, agar dapat diperiksa lagi tanpa mengunggahnya.
list-check-again = Periksa lagi berkas yang sama
list-upload-corrected = Unggah berkas yang sudah diperbaiki
list-title = Daftar peserta: { $name }
list-every-row-right = Semua baris sudah benar. Belum ada yang ditulis.
list-record = Catat { $count } peserta ini
list-first-rows = Baris-baris pertama
list-first-rows-of = Baris-baris pertama (50 dari { $total })
list-recording = Mencatat { $total } peserta: { $done } selesai.
list-recording-label = Mencatat daftar peserta
list-refreshes = Halaman ini memuat ulang dengan sendirinya.
list-refresh-now = Muat ulang sekarang
list-recorded = Tercatat: { $count } peserta.
list-not-recorded = Daftar tidak dicatat
list-upload-again = Unggah lagi

## Temuan pemeriksa daftar peserta
list-not-utf8 = Berkas ini tidak dalam UTF-8, sehingga nama dalam bahasa Vietnam, Thai, Khmer, atau Myanmar akan rusak. Di Excel, pilih File › Save As › "CSV UTF-8 (Comma delimited)" lalu unggah berkas tersebut.
list-empty = Berkas ini kosong.
list-missing-columns = Baris pertama harus memuat nama kolom; kolom berikut tidak ada: { $columns }.
list-too-many-rows = Berkas ini memiliki { $rows } baris; paling banyak 10.000 baris dapat diimpor sekaligus. Silakan bagi menjadi dua.
list-null-character = Baris { $line } memuat karakter null (U+0000), yang tidak dapat disimpan; berkas ini mungkin bukan hasil ekspor CSV. Silakan simpan lagi sebagai "CSV UTF-8" lalu unggah berkas tersebut.
list-malformed = Berkas tidak dapat dibaca sebagai CSV: { $why }
list-upload-unreadable = Unggahan tidak dapat dibaca ({ $why }). Ukuran berkas paling besar 5 MB.
list-choose-file = Silakan pilih berkas CSV untuk diunggah.
list-name-too-long = Nama terlalu panjang: paling banyak { $max } karakter.
list-organisation-too-long = Nama organisasi terlalu panjang: paling banyak { $max } karakter.
list-title-too-long = Jabatan terlalu panjang: paling banyak { $max } karakter.
list-email-too-long = Alamat email terlalu panjang: paling banyak { $max } karakter.
list-name-missing = Nama tidak ada.
list-organisation-missing = Organisasi tidak ada.
list-sex-missing = Jenis kelamin tidak ada (tuliskan female, male, other, atau not stated).
list-sex-unknown = Jenis kelamin { $sex } bukan salah satu dari female, male, other, not stated.
list-role-unknown = Peran { $role } bukan salah satu dari participant, speaker, observer, organiser, co-organiser, funder.
list-not-email = { $email } bukan alamat email.
list-duplicate = Orang yang sama sudah ada di baris { $line }.
list-no-organisation-close = Tidak ada organisasi bernama { $name }. Apakah yang Anda maksud { $close }? Silakan tambahkan nama ini sebagai salah satu nama lainnya, atau tambahkan organisasinya terlebih dahulu.
list-no-organisation = Tidak ada organisasi bernama { $name }. Silakan tambahkan organisasinya (atau tambahkan nama ini sebagai nama lain dari organisasi yang sudah ada) terlebih dahulu.
list-already-recorded = Orang ini sudah tercatat untuk konsultasi ini.

## Penilaian mandiri di seluruh kawasan
regional-title = Penilaian mandiri di seluruh kawasan
regional-each-cell = Setiap sel: rata-rata pemerintah / rata-rata masyarakat sipil, dari penilaian yang telah diajukan dan boleh Anda baca.
regional-caption = Negara Anggota menurut bab
regional-caption-cycle = Negara Anggota menurut bab, siklus { $cycle }

## Token API baru
token-new-title = Token API baru Anda
token-copy-now = Salin sekarang: token ini hanya ditampilkan kali ini dan tidak dapat ditampilkan lagi.
token-name = Nama
token = Token
token-send-it = Kirimkan token ini bersama setiap permintaan ke API:
token-reads = Token ini membaca apa yang boleh Anda baca, dan tidak berlaku lagi jika Anda mencabutnya atau akun Anda dinonaktifkan.
token-how-to = Cara menggunakan API

## Halaman acuan (untuk mengukur kecepatan)
reference-title = Halaman acuan
reference-lead = Halaman tetap untuk mengukur kecepatan: { $count } tema pertama, dibaca dengan satu kueri.
reference-caption = Tema menurut nama singkat
reference-short-name = Nama singkat

## Permintaan yang tidak dapat dijawab halaman (400)
bad-page-marker-number = Penanda halaman bukan angka.
bad-form-without-version = Formulir ini tidak memuat versinya; silakan buka kembali halamannya.
bad-page-number = Nomor halaman adalah angka mulai dari 1.
bad-search-kind = Tidak ada jenis catatan seperti itu untuk dicari.
bad-no-such-theme = Tema tersebut tidak ada.
bad-round-readers = Pilih siapa yang boleh membaca putaran ini.
bad-finding-kind = Jenis temuan tersebut tidak ada.
bad-no-such-status = Status tersebut tidak ada.
bad-chapter-number = Bab ditulis dengan angka.
bad-date-shape-from = Tanggal mulai harus ditulis seperti 2019-12-18.
bad-date-shape-to = Tanggal akhir harus ditulis seperti 2019-12-18.
bad-date-range-from = Tanggal mulai harus antara tahun { $first } dan { $last }, seperti 2019-12-18.
bad-date-range-to = Tanggal akhir harus antara tahun { $first } dan { $last }, seperti 2019-12-18.
bad-null-character = Sebuah isian memuat karakter U+0000 (null) yang tidak dapat disimpan; hapus karakter itu lalu kirim lagi.
bad-sort = Urutkan menurut yang terbaru, terlama, atau tenggatnya.
bad-page-marker = Penanda halaman rusak.
bad-which-statement = Sebutkan pernyataan mana dari catatan itu.
bad-list-upload = Kirim daftar sebagai berkas unggahan dari halaman impor.
bad-no-such-series = Rangkaian kegiatan tersebut tidak ada.

## Isi unduhan sebuah daftar
download-what-consultations = { $count ->
        [1] konsultasi ini
       *[other] { $count } konsultasi ini
    }
download-what-findings = { $count ->
        [1] temuan ini
       *[other] { $count } temuan ini
    }
download-what-findings-more = temuan-temuan ini (lebih dari { $count })
download-what-organisations = { $count ->
        [1] organisasi ini
       *[other] semua { $count } organisasi
    }
download-what-organisations-filtered = { $count ->
        [1] organisasi ini
       *[other] { $count } organisasi ini (semua halaman)
    }
download-what-my-notes = { $count } catatan Anda
download-what-participation = { $count } organisasi yang ikut serta, dengan jumlah peserta menurut jenis kelamin
findings-total = { $count } temuan
standing-not-member = Saat itu belum menjadi anggota ASEAN
standing-not-bound = Saat itu belum terikat oleh kerangka ini

## Mengapa daftar peserta tidak tercatat
list-failed-stalled = Penulisan daftar ini berhenti sebelum selesai, sehingga tidak ada yang tercatat. Silakan unggah lagi.
list-failed-write = Daftar tidak dapat ditulis, sehingga tidak ada yang berubah. Silakan unggah lagi; jika gagal lagi, beri tahu administrator HRWG.
list-failed-recorded-meanwhile = Tidak ada yang tercatat: { $count } orang dalam daftar ini sudah tercatat untuk konsultasi ini setelah daftar diperiksa (sementara itu ada daftar lain yang diimpor). Unggah lagi daftar ini untuk melihat baris mana saja.
list-not-kept = Daftar peserta ini tidak lagi disimpan (daftar yang bermasalah disimpan selama { $hours } jam, dan daftar dihapus setelah lolos pemeriksaan). Silakan unggah lagi.
audit-field-rows_before = baris sebelumnya
audit-field-rows_after = baris sesudahnya
audit-field-examples = contoh

organisations-offered-first = { $count } organisasi pertama ditampilkan. Untuk mencari yang lain, ketik sebagian nama atau akronimnya lalu pilih Tampilkan yang cocok.
organisations-offered-first-matching = Lebih dari { $count } organisasi cocok dengan “{ $filter }”; { $count } yang pertama ditampilkan. Ketik lebih banyak dari nama atau akronimnya lalu pilih Tampilkan yang cocok.
organisation-filter-label = Cari organisasi
organisation-filter-button = Tampilkan yang cocok
organisation-filter-none = Tidak ada organisasi yang cocok dengan “{ $filter }”. Kosongkan kotak lalu pilih Tampilkan yang cocok untuk menampilkannya lagi.
consultations-offered-first = { $count } konsultasi terbaru ditampilkan. Untuk mencari yang lain, ketik sebagian judul atau kotanya lalu pilih Tampilkan yang cocok.
consultations-offered-first-matching = Lebih dari { $count } konsultasi cocok dengan “{ $filter }”; { $count } yang terbaru ditampilkan. Ketik lebih banyak dari judul atau kotanya lalu pilih Tampilkan yang cocok.
consultation-filter-label = Cari konsultasi
consultation-filter-none = Tidak ada konsultasi yang cocok dengan “{ $filter }”. Kosongkan kotak lalu pilih Tampilkan yang cocok untuk menampilkannya lagi.
citable-newest = { $count } temuan terbaru ditampilkan.
citable-all = Semua temuan tentang { $code } di Negara Anggota ini
users-name-or-email-contains = Nama atau surel memuat
